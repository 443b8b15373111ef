-- table orders
ALTER TABLE orders DROP CONSTRAINT ck_orders_total;
DROP INDEX ix_orders_total;
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders DROP COLUMN total;

-- function fee(integer)
-- re-created: reads rates.rate, which changes type
DROP FUNCTION public.fee(integer);

-- table rates
ALTER TABLE rates ALTER COLUMN rate TYPE bigint;

-- function fee(integer)
-- re-created: reads rates.rate, which changes type
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.fee(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
BEGIN ATOMIC
 SELECT (x + ( SELECT (count(*))::integer AS count
            FROM rates
           WHERE (rates.rate > 0)));
END;

-- table orders
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders ADD COLUMN total integer GENERATED ALWAYS AS (fee(amount)) STORED;
ALTER TABLE orders
    ADD CONSTRAINT ck_orders_total CHECK (total >= 0);
CREATE INDEX ix_orders_total ON orders (total);
