CREATE SCHEMA reports;
CREATE SCHEMA archive;
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    amount numeric(10,2) NOT NULL,
    placed date NOT NULL
);
-- a column at the end: CREATE OR REPLACE, recent_days is left alone
CREATE VIEW reports.daily AS
    SELECT placed, sum(amount) AS total, count(*) AS n FROM public.orders GROUP BY placed;
CREATE VIEW public.recent_days AS
    SELECT placed, total FROM reports.daily WHERE placed > DATE '2024-01-01';
CREATE VIEW archive.old_days AS
    SELECT d.placed, d.total, d.n FROM reports.daily d WHERE d.placed <= DATE '2024-01-01';
