-- table orders
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders DROP CONSTRAINT ck_orders_amount;
-- re-created: calls norm(text), whose body is replaced: its entries were computed by the old body
DROP INDEX ix_orders_code;

-- function norm(text)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.norm(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select upper(t) $function$;

-- table orders
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders ALTER COLUMN amount DROP DEFAULT;

-- function fee(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION public.fee(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
CREATE OR REPLACE FUNCTION public.fee(a integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select a::bigint + 2 $function$;

-- table orders
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders ALTER COLUMN amount SET DEFAULT fee(1);
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders
    ADD CONSTRAINT ck_orders_amount CHECK (fee(amount) < 1000);
-- re-created: calls norm(text), whose body is replaced: its entries were computed by the old body
CREATE INDEX ix_orders_code ON orders ((norm(code)));
