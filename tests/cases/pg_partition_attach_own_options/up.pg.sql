-- table m_2026
ALTER TABLE m_2026 ALTER COLUMN v SET DEFAULT 7;
-- HAZARD: m_2026.w becomes NOT NULL: fails if it holds NULLs
ALTER TABLE m_2026 ALTER COLUMN w SET NOT NULL;
-- HAZARD: attaches public.m_2026 to public.m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01'): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE m ATTACH PARTITION m_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
