-- Materialized views with indexes. region_totals reads sales.region, whose
-- type widens, and its query changes: it is dropped and created with its
-- indexes (a hazard: its rows are gone until refreshed). daily does not read
-- region and keeps its rows; it only gains an index.
CREATE TABLE sales (
    id integer PRIMARY KEY,
    region character varying(20) NOT NULL,
    amount numeric(10,2) NOT NULL,
    sold_on date NOT NULL
);
CREATE MATERIALIZED VIEW region_totals AS
    SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_totals_region ON region_totals (region);
CREATE MATERIALIZED VIEW daily AS
    SELECT sold_on, count(*) AS n FROM sales GROUP BY sold_on
    WITH NO DATA;
