-- table measurements
ALTER TABLE measurements
    ADD CONSTRAINT reading_positive CHECK (reading >= 0);
CREATE INDEX measurements_reading ON measurements (reading);

-- table measurements_2024
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
