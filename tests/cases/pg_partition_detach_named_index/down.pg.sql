-- table m_1
ALTER TABLE m_1 RENAME CONSTRAINT m_1_own_pk TO m_1_pkey;
ALTER INDEX m_1_mine RENAME TO m_1_x_idx;
-- HAZARD: attaches public.m_1 to public.m FOR VALUES FROM (1) TO (10): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE m ATTACH PARTITION m_1 FOR VALUES FROM (1) TO (10);
