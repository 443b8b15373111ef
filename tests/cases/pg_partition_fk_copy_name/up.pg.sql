-- table m_2
ALTER TABLE m_2
    ADD CONSTRAINT m_2_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);
-- HAZARD: attaches public.m_2 to public.m FOR VALUES FROM (10) TO (20): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE m ATTACH PARTITION m_2 FOR VALUES FROM (10) TO (20);

-- table m_3
ALTER TABLE m_3
    ADD CONSTRAINT m_3_customer_id_fkey1 FOREIGN KEY (customer_id) REFERENCES customers (id);
-- HAZARD: attaches public.m_3 to public.m FOR VALUES FROM (20) TO (30): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE m ATTACH PARTITION m_3 FOR VALUES FROM (20) TO (30);
