-- Views across schemas, compared database to database (every schema): a view
-- in reports reads public; one in public reads reports; staging (a view
-- only) goes away; archive (a view over reports) comes.
CREATE SCHEMA reports;
CREATE SCHEMA staging;
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    amount numeric(10,2) NOT NULL,
    placed date NOT NULL
);
CREATE VIEW reports.daily AS
    SELECT placed, sum(amount) AS total FROM public.orders GROUP BY placed;
CREATE VIEW public.recent_days AS
    SELECT placed, total FROM reports.daily WHERE placed > DATE '2024-01-01';
CREATE VIEW staging.orders_copy AS
    SELECT id, amount FROM public.orders;
