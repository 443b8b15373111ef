-- trigger rooms_g on rooms
-- re-created: calls fee(integer), which is re-created
DROP TRIGGER rooms_g ON public.rooms;

-- table rooms
-- re-created: calls fee(integer), which is re-created
DROP POLICY writes ON rooms;

-- domain grade
-- re-created: calls fee(integer), which is re-created
ALTER DOMAIN grade DROP DEFAULT;

-- table rooms
-- re-created: calls fee(integer), which is re-created
ALTER TABLE rooms DROP CONSTRAINT ex_rooms_fee;
-- re-created: calls fee(integer), which is re-created
DROP INDEX ix_rooms_note;

-- function fee(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION public.fee(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.fee(a integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select a::bigint + 1 $function$;

-- domain grade
-- re-created: calls fee(integer), which is re-created
ALTER DOMAIN grade SET DEFAULT fee(1);

-- table rooms
-- re-created: calls fee(integer), which is re-created
ALTER TABLE rooms
    ADD CONSTRAINT ex_rooms_fee EXCLUDE ((fee(room)) WITH =);
-- re-created: calls fee(integer), which is re-created
CREATE INDEX ix_rooms_note ON rooms (note) WHERE (fee(id) > 0);
-- re-created: calls fee(integer), which is re-created
CREATE POLICY writes ON rooms FOR INSERT WITH CHECK (fee(room) > 0);

-- trigger rooms_g on rooms
-- re-created: calls fee(integer), which is re-created
CREATE TRIGGER rooms_g BEFORE UPDATE OF note ON public.rooms FOR EACH ROW WHEN ((fee(new.room) > 0)) EXECUTE FUNCTION g();
