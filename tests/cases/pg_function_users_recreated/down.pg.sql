-- trigger orders_touch on orders
-- re-created: calls fee(integer), which is re-created
DROP TRIGGER orders_touch ON public.orders;

-- view v_fees
-- re-created: reads function fee(integer), which is re-created
DROP VIEW v_fees;

-- function paid_count()
-- re-created: calls fee(integer), which is re-created
DROP FUNCTION public.paid_count();

-- table orders
-- re-created: orders.total is dropped
DROP POLICY positive ON orders;
-- re-created: calls fee(integer), which is re-created
DROP INDEX ix_orders_fee;
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders DROP CONSTRAINT ck_orders_fee;
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders ALTER COLUMN amount DROP DEFAULT;
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders DROP COLUMN total;

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

-- table orders
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders ALTER COLUMN amount SET DEFAULT fee(1);
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders ADD COLUMN total bigint GENERATED ALWAYS AS (fee(amount) * 2) STORED;
-- re-created: calls fee(integer), which is re-created
CREATE INDEX ix_orders_fee ON orders ((fee(id)));
-- re-created: calls fee(integer), which is re-created
ALTER TABLE orders
    ADD CONSTRAINT ck_orders_fee CHECK (fee(amount) < 1000);
-- re-created: orders.total is dropped
CREATE POLICY positive ON orders USING (fee(id) > 0);

-- function paid_count()
-- re-created: calls fee(integer), which is re-created
CREATE OR REPLACE FUNCTION public.paid_count()
 RETURNS bigint
 LANGUAGE sql
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM orders
   WHERE (fee(orders.amount) > 0);
END;

-- trigger orders_touch on orders
-- re-created: calls fee(integer), which is re-created
CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW WHEN ((fee(new.id) > 0)) EXECUTE FUNCTION touch();

-- view v_fees
-- re-created: reads function fee(integer), which is re-created
CREATE VIEW v_fees AS
SELECT orders.id,
   fee(orders.amount) AS fee
  FROM orders;
