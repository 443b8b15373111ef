-- view v_items
CREATE VIEW v_items AS
SELECT items.id,
   items.qty
  FROM items;

-- function weight(v_items)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.weight(v v_items)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select coalesce(v.qty, 0) + 1 $function$;

-- function score(integer)
CREATE OR REPLACE FUNCTION public.score(q integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
BEGIN ATOMIC
 SELECT weight(ROW(0, q)::v_items) AS weight;
END;

-- table orders
CREATE TABLE orders (
    id  integer NOT NULL,
    qty integer DEFAULT score(1) NOT NULL,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT ck_orders_qty CHECK (score(qty) > 0)
);
CREATE INDEX ix_orders_score ON orders ((score(qty)));
CREATE INDEX ix_orders_weight ON orders ((weight(ROW(id, qty)::v_items)));
ALTER TABLE orders CLUSTER ON ix_orders_weight;
