CREATE TABLE public.events_base (
    id bigint NOT NULL,
    recorded_at timestamp with time zone DEFAULT now()
);
CREATE TABLE public.login_events (
    username text NOT NULL,
    source text
) INHERITS (public.events_base);
CREATE INDEX login_events_source_idx ON public.login_events USING btree (source);
CREATE TABLE public.audit_events (
    detail text
) INHERITS (public.events_base);
CREATE TABLE public.login_events_archive (
    archived_on date
) INHERITS (public.login_events);
CREATE VIEW public.login_sources AS
 SELECT username, source FROM public.login_events_archive;
