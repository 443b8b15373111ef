-- table sales
CREATE INDEX sales_region ON sales (region);

-- table sales_2025
CREATE TABLE sales_2025 PARTITION OF sales FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (region);

-- table sales_2025_eu
CREATE TABLE sales_2025_eu PARTITION OF sales_2025 FOR VALUES IN ('eu');

-- table sales_2025_rest
CREATE TABLE sales_2025_rest PARTITION OF sales_2025 DEFAULT;
