INSERT INTO public.login_events (id, username, source) VALUES (1, 'ann', 'web'), (2, 'bob', 'cli');
INSERT INTO public.audit_events (id, detail, source) VALUES (3, 'rotated keys', 'cron');
INSERT INTO public.login_events_archive (id, username, source, archived_on) VALUES (4, 'cy', 'app', '2026-01-02');
