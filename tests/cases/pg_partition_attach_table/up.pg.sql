-- table metrics_2022
-- HAZARD: drops column metrics_2022.note and its data
ALTER TABLE metrics_2022 DROP COLUMN note;
-- HAZARD: metrics_2022.at becomes NOT NULL: fails if it holds NULLs
ALTER TABLE metrics_2022 ALTER COLUMN at SET NOT NULL;
-- HAZARD: type of metrics_2022.value changes from bigint to integer: values may not fit
ALTER TABLE metrics_2022 ALTER COLUMN value TYPE integer;
ALTER TABLE metrics_2022
    ADD CONSTRAINT value_positive CHECK (value >= 0);
-- HAZARD: attaches public.metrics_2022 to public.metrics FOR VALUES FROM ('2022-01-01') TO ('2023-01-01'): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE metrics ATTACH PARTITION metrics_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
