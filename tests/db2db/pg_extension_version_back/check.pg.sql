SELECT id, body FROM public.notes ORDER BY 1;
