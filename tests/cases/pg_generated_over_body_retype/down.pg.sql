-- table orders
DROP INDEX ix_orders_total;
ALTER TABLE orders DROP CONSTRAINT ck_orders_total;
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders DROP COLUMN total;

-- function fee(integer)
-- re-created: reads rates.rate, which changes type
DROP FUNCTION public.fee(integer);

-- table rates
-- HAZARD: type of rates.rate changes from bigint to integer: values may not fit
ALTER TABLE rates ALTER COLUMN rate TYPE integer;

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
CREATE INDEX ix_orders_total ON orders (total);
ALTER TABLE orders
    ADD CONSTRAINT ck_orders_total CHECK (total >= 0);
