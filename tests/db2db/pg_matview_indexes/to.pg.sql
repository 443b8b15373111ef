CREATE TABLE sales (
    id integer PRIMARY KEY,
    region character varying(40) NOT NULL,
    amount numeric(10,2) NOT NULL,
    sold_on date NOT NULL
);
CREATE MATERIALIZED VIEW region_totals AS
    SELECT region, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_totals_region ON region_totals (region);
CREATE INDEX region_totals_total ON region_totals (total DESC);
CREATE MATERIALIZED VIEW daily AS
    SELECT sold_on, count(*) AS n FROM sales GROUP BY sold_on
    WITH NO DATA;
CREATE INDEX daily_sold_on ON daily (sold_on);
