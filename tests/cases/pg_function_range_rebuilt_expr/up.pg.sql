-- trigger items_touch on items
-- re-created: calls mk_span(integer), which is re-created
DROP TRIGGER items_touch ON public.items;

-- table items
-- re-created: calls mk_span(integer), which is re-created
ALTER TABLE items DROP CONSTRAINT ck_items_span;

-- function span_plus(integer)
-- re-created: calls mk_span(integer), which is re-created
DROP FUNCTION public.span_plus(integer);

-- function mk_span(integer)
-- re-created: names type span, which is rebuilt
DROP FUNCTION public.mk_span(integer);

-- range type span
DROP TYPE span;
CREATE TYPE span AS RANGE (
    subtype = integer
);

-- function mk_span(integer)
-- re-created: names type span, which is rebuilt
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.mk_span(x integer)
 RETURNS span
 LANGUAGE sql
 IMMUTABLE
AS $function$ select span(x, x + 10) $function$;

-- function span_plus(integer)
-- re-created: calls mk_span(integer), which is re-created
CREATE OR REPLACE FUNCTION public.span_plus(x integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
RETURN COALESCE(upper(mk_span(x)), x);

-- table items
-- re-created: calls mk_span(integer), which is re-created
ALTER TABLE items
    ADD CONSTRAINT ck_items_span CHECK (COALESCE(upper(mk_span(qty)), qty) < 100000);

-- trigger items_touch on items
-- re-created: calls mk_span(integer), which is re-created
CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW WHEN ((COALESCE(upper(mk_span(new.qty)), new.qty) > 0)) EXECUTE FUNCTION touch();
