-- table items
CREATE TABLE items (
    id  integer NOT NULL,
    qty integer NOT NULL,
    CONSTRAINT pk_items PRIMARY KEY (id)
);

-- function item_total(items)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.item_total(i items)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select i.qty * 2 $function$;

-- table items
-- apart from table items: calls item_total(items), created after the table and dropped before it
CREATE INDEX ix_items_total ON items ((item_total(items.*)));
ALTER TABLE items REPLICA IDENTITY USING INDEX pk_items;
ALTER TABLE items CLUSTER ON ix_items_total;
