-- PostgreSQL DDL as pg_dump and people write it: a second schema, quoted
-- mixed-case names, identity, arrays, jsonb, uuid, comments
CREATE SCHEMA billing;
CREATE TABLE billing."Invoices" (
    "Id" bigint GENERATED ALWAYS AS IDENTITY,
    "customerRef" character varying(64) NOT NULL,
    amount_cents bigint DEFAULT 0 NOT NULL,
    tags text[] DEFAULT '{}'::text[],
    CONSTRAINT "Invoices_pkey" PRIMARY KEY ("Id")
);
COMMENT ON TABLE billing."Invoices" IS 'invoices sent';
CREATE TABLE public.documents (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    invoice_id bigint,
    meta jsonb DEFAULT '{}'::jsonb NOT NULL,
    created timestamp(3) without time zone DEFAULT LOCALTIMESTAMP(3),
    CONSTRAINT documents_pkey PRIMARY KEY (id),
    CONSTRAINT documents_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES billing."Invoices"("Id")
);
COMMENT ON COLUMN public.documents.meta IS 'free-form';
