-- table orders
CREATE TABLE orders (
    id     integer NOT NULL,
    amount integer NOT NULL,
    CONSTRAINT pk_orders PRIMARY KEY (id)
);

-- function order_total(orders)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.order_total(o orders)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select o.amount * 2 $function$;

-- table alpha
-- HAZARD: drops table alpha and all its rows
DROP TABLE alpha;

-- function zeta_id(zeta)
DROP FUNCTION public.zeta_id(zeta);

-- table zeta
-- HAZARD: drops table zeta and all its rows
DROP TABLE zeta;

-- table orders
-- apart from table orders: calls order_total(orders), created after the table and dropped before it
CREATE INDEX ix_orders_total ON orders ((order_total(orders.*)));
-- apart from table orders: calls order_total(orders), created after the table and dropped before it
ALTER TABLE orders
    ADD CONSTRAINT ck_orders_total CHECK (order_total(orders.*) >= 0);

-- table items
-- apart from table items: calls item_total(items), created after the table and dropped before it
DROP INDEX ix_items_total;
-- apart from table items: calls item_total(items), created after the table and dropped before it
ALTER TABLE items DROP CONSTRAINT ck_items_total;
-- apart from table items: calls item_total(items), created after the table and dropped before it
ALTER TABLE items DROP CONSTRAINT ck_items_bump;

-- function item_total(items)
DROP FUNCTION public.item_total(items);

-- table items
-- HAZARD: drops table items and all its rows
DROP TABLE items;

-- function twice(integer)
DROP FUNCTION public.twice(integer);

-- function bump(integer)
DROP FUNCTION public.bump(integer);
