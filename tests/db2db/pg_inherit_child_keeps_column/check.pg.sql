SELECT id, username, source FROM public.login_events ORDER BY 1;
SELECT id, detail FROM public.audit_events ORDER BY 1;
SELECT username, source FROM public.login_sources ORDER BY 1;
