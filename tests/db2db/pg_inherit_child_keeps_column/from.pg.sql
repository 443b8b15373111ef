-- A parent of INHERITS children gives up a column that one child keeps as
-- its own (and indexes) while the other child loses it with the parent.
-- PostgreSQL's DROP COLUMN on the parent takes the column from every child
-- that has it only through the parent, rows and all; ALTER TABLE ONLY
-- leaves it to them as their own. The other way round, the parent's ADD
-- COLUMN merges into a child's own column and leaves it the child's own:
-- the child's column has to be moved onto the parent's, and the view that
-- reads it on the grandchild goes around that move.
CREATE TABLE public.events_base (
    id bigint NOT NULL,
    recorded_at timestamp with time zone DEFAULT now(),
    source text
);
CREATE TABLE public.login_events (
    username text NOT NULL
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
