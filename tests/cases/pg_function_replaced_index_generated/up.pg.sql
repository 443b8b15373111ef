-- view v_totals
-- re-created: reads orders.total, which is dropped
DROP VIEW v_totals;

-- table orders
-- re-created: calls bump(integer), whose body is replaced: its index entries were computed by the old body (ADD CONSTRAINT fails if two rows conflict under the new one)
ALTER TABLE orders DROP CONSTRAINT ex_orders_span;
-- re-created: calls fee(integer), whose body is replaced: its entries were computed by the old body
DROP INDEX ix_orders_big;
-- re-created: calls bump(integer), whose body is replaced: its entries were computed by the old body
DROP INDEX ix_orders_bump;

-- function bump(integer)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.bump(a integer)
 RETURNS integer
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ begin return a * 1000; end $function$;

-- table orders
-- re-created: calls fee(integer), whose body is replaced: its entries were computed by the old body
DROP INDEX ix_orders_fee;
-- re-created: calls fee(integer), whose body is replaced: its values were computed by the old body
ALTER TABLE orders DROP COLUMN total;
-- re-created: calls fee2(integer), which calls fee(integer), whose body is replaced: its values were computed by the old body
ALTER TABLE orders DROP COLUMN twice;

-- function fee(integer)
CREATE OR REPLACE FUNCTION public.fee(a integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select a + 100 $function$;

-- table orders
-- re-created: calls fee(integer), whose body is replaced: its values were computed by the old body
ALTER TABLE orders ADD COLUMN total integer GENERATED ALWAYS AS (fee(amount)) STORED;
-- re-created: calls fee2(integer), which calls fee(integer), whose body is replaced: its values were computed by the old body
ALTER TABLE orders ADD COLUMN twice integer GENERATED ALWAYS AS (fee2(amount)) STORED;
-- re-created: calls bump(integer), whose body is replaced: its index entries were computed by the old body (ADD CONSTRAINT fails if two rows conflict under the new one)
ALTER TABLE orders
    ADD CONSTRAINT ex_orders_span EXCLUDE USING gist ((int4range(bump(id), bump(id) + 1)) WITH &&);
-- re-created: calls fee(integer), whose body is replaced: its entries were computed by the old body
CREATE INDEX ix_orders_big ON orders (id) WHERE (fee(amount) > 104);
-- re-created: calls bump(integer), whose body is replaced: its entries were computed by the old body
CREATE INDEX ix_orders_bump ON orders ((bump(amount)));
-- re-created: calls fee(integer), whose body is replaced: its entries were computed by the old body
CREATE INDEX ix_orders_fee ON orders ((fee(amount)));

-- view v_totals
-- re-created: reads orders.total, which is dropped
CREATE VIEW v_totals AS
SELECT orders.id,
   orders.total
  FROM orders;
