-- table m_1_y
CREATE INDEX m_1_y_r_idx ON m_1_y (r);
ALTER TABLE m_1_y
    ADD CONSTRAINT m_1_y_r_fkey FOREIGN KEY (r) REFERENCES ref (id);
-- HAZARD: attaches public.m_1_y to public.m_1 FOR VALUES IN (2): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE m_1 ATTACH PARTITION m_1_y FOR VALUES IN (2);
