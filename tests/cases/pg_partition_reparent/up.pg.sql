-- table readings_2024
ALTER TABLE readings_a DETACH PARTITION readings_2024;
ALTER TABLE readings_2024 ADD COLUMN unit text DEFAULT 'm';
-- HAZARD: attaches public.readings_2024 to public.readings_b FOR VALUES FROM ('2024-01-01') TO ('2025-01-01'): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE readings_b ATTACH PARTITION readings_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
