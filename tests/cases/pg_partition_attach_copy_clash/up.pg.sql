-- table m_1_x
CREATE INDEX m_1_x_x_y_idx ON m_1_x (x_y);
CREATE INDEX m_1_x_y_idx1 ON m_1_x (y);
-- HAZARD: attaches public.m_1_x to public.m FOR VALUES FROM (10) TO (20): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE m ATTACH PARTITION m_1_x FOR VALUES FROM (10) TO (20);
