SELECT "Id", "customerRef", amount_cents, tags FROM billing."Invoices" ORDER BY 1;
SELECT id, invoice_id, meta FROM public.documents ORDER BY 1;
