-- table metrics_2023
ALTER TABLE metrics DETACH PARTITION metrics_2023;
-- HAZARD: attaches public.metrics_2023 to public.metrics FOR VALUES FROM ('2023-01-01') TO ('2024-01-01'): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE metrics ATTACH PARTITION metrics_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
