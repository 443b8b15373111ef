-- table t
-- re-created: calls fee(integer), which is re-created
ALTER TABLE t DROP CONSTRAINT ck_t_id;
-- re-created: calls fee(integer), which is re-created
ALTER TABLE t DROP CONSTRAINT ck_t_code;

-- function fee(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION public.fee(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.fee(a integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select a + 1 $function$;

-- table t
-- re-created: calls fee(integer), which is re-created
ALTER TABLE t
    ADD CONSTRAINT ck_t_id CHECK (fee(id) > 0);
-- re-created: calls fee(integer), which is re-created
ALTER TABLE t
    ADD CONSTRAINT ck_t_code CHECK (fee(code) <> '');
