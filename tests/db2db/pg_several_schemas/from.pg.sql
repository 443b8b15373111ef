-- Several schemas, compared database to database without --schema: every
-- user schema of both sides. "Sales" (mixed case, quoted) changes; legacy
-- exists only here (dropped with its enum, sequence and tables); "Reporting
-- Data" and empty_one exist only in `to` (created).
CREATE SCHEMA "Sales";
CREATE SCHEMA legacy;
CREATE TABLE public.customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TYPE "Sales"."Channel" AS ENUM ('web', 'store');
CREATE TABLE "Sales"."Orders" (
    "Id" bigint PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers (id),
    channel "Sales"."Channel" NOT NULL DEFAULT 'web',
    total numeric(10,2)
);
CREATE INDEX "Orders_customer" ON "Sales"."Orders" (customer_id);
CREATE TYPE legacy.state AS ENUM ('on', 'off');
CREATE SEQUENCE legacy.ticket_no START 100;
CREATE TABLE legacy.tickets (
    id integer PRIMARY KEY DEFAULT nextval('legacy.ticket_no'),
    state legacy.state,
    customer_id integer REFERENCES public.customers (id)
);
CREATE TABLE legacy.notes (
    ticket_id integer REFERENCES legacy.tickets (id),
    body text
);
