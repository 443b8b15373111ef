INSERT INTO billing."Invoices" ("customerRef", amount_cents, tags) VALUES ('C-1', 100, '{a,b}'), ('C-2', 250, DEFAULT);
INSERT INTO public.documents (id, invoice_id, meta) VALUES ('00000000-0000-0000-0000-000000000001', 1, '{"k": 2}'), ('00000000-0000-0000-0000-000000000002', NULL, DEFAULT);
