-- function bump(integer)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.bump(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select x + 1 $function$;

-- function twice(integer)
CREATE OR REPLACE FUNCTION public.twice(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select x * 2 $function$;

-- table items
CREATE TABLE items (
    id    integer NOT NULL,
    qty   integer NOT NULL,
    total integer DEFAULT twice(1),
    CONSTRAINT pk_items PRIMARY KEY (id),
    CONSTRAINT ck_items_qty CHECK (twice(qty) >= 0)
);

-- function item_total(items)
CREATE OR REPLACE FUNCTION public.item_total(i items)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select i.qty * 2 $function$;

-- table items
-- apart from table items: calls item_total(items), created after the table and dropped before it
ALTER TABLE items
    ADD CONSTRAINT ck_items_bump CHECK (bump(qty) + item_total(items.*) >= 0);
-- apart from table items: calls item_total(items), created after the table and dropped before it
ALTER TABLE items
    ADD CONSTRAINT ck_items_total CHECK (item_total(items.*) >= 0);
-- apart from table items: calls item_total(items), created after the table and dropped before it
CREATE INDEX ix_items_total ON items ((item_total(items.*)));

-- table orders
-- apart from table orders: calls order_total(orders), created after the table and dropped before it
ALTER TABLE orders DROP CONSTRAINT ck_orders_total;
-- apart from table orders: calls order_total(orders), created after the table and dropped before it
DROP INDEX ix_orders_total;

-- table zeta
CREATE TABLE zeta (
    id integer NOT NULL,
    CONSTRAINT pk_zeta PRIMARY KEY (id)
);

-- function zeta_id(zeta)
CREATE OR REPLACE FUNCTION public.zeta_id(z zeta)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select z.id $function$;

-- table alpha
CREATE TABLE alpha (
    id integer NOT NULL,
    CONSTRAINT ck_alpha_id CHECK (zeta_id(null::zeta) is null or id > 0)
);

-- function order_total(orders)
DROP FUNCTION public.order_total(orders);

-- table orders
-- HAZARD: drops table orders and all its rows
DROP TABLE orders;
