-- table app.items
-- re-created: calls app.fee(integer), which is re-created
ALTER TABLE app.items DROP COLUMN total;

-- table orders
-- re-created: calls app.fee(integer), which is re-created
ALTER TABLE orders DROP CONSTRAINT ck_orders_fee;
-- re-created: calls app.fee(integer), which is re-created
ALTER TABLE orders ALTER COLUMN amount DROP DEFAULT;

-- function app.fee(integer)
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
DROP FUNCTION app.fee(integer);
-- re-created: its result type changes, which CREATE OR REPLACE cannot do
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION app.fee(a integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select a + 1 $function$;

-- table app.items
-- re-created: calls app.fee(integer), which is re-created
ALTER TABLE app.items ADD COLUMN total bigint GENERATED ALWAYS AS (app.fee(id)) STORED;

-- table orders
-- re-created: calls app.fee(integer), which is re-created
ALTER TABLE orders ALTER COLUMN amount SET DEFAULT app.fee(1);
-- re-created: calls app.fee(integer), which is re-created
ALTER TABLE orders
    ADD CONSTRAINT ck_orders_fee CHECK (app.fee(amount) < 1000);
