-- materialized view mv_fees
-- re-created: calls fee(integer), whose body is replaced: its entries were computed by the old body
DROP INDEX ix_mv_fees_fee;

-- table orders
-- re-created: calls dyn(integer), which calls fee(integer), whose body is replaced: its entries were computed by the old body
DROP INDEX ix_orders_dyn;
-- re-created: calls priced(integer), which calls app.rate(integer), whose body is replaced: its entries were computed by the old body
DROP INDEX ix_orders_priced;

-- function app.rate(integer)
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION app.rate(a integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select a * 3 $function$;

-- table orders
-- re-created: calls wrap(integer), which calls fee(integer), whose body is replaced: its entries were computed by the old body
DROP INDEX ix_orders_wrap;
-- re-created: calls wrap_sql(integer), which calls fee(integer), whose body is replaced: its entries were computed by the old body
DROP INDEX ix_orders_wrap_sql;
-- re-created: calls wrap(integer), which calls fee(integer), whose body is replaced: its values were computed by the old body
ALTER TABLE orders DROP COLUMN wrapped;

-- function fee(integer)
CREATE OR REPLACE FUNCTION public.fee(a integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select a + 100 $function$;

-- table orders
-- re-created: calls wrap(integer), which calls fee(integer), whose body is replaced: its values were computed by the old body
ALTER TABLE orders ADD COLUMN wrapped integer GENERATED ALWAYS AS (wrap(amount)) STORED;
-- re-created: calls dyn(integer), which calls fee(integer), whose body is replaced: its entries were computed by the old body
CREATE INDEX ix_orders_dyn ON orders ((dyn(amount)));
-- re-created: calls priced(integer), which calls app.rate(integer), whose body is replaced: its entries were computed by the old body
CREATE INDEX ix_orders_priced ON orders ((priced(amount)));
-- re-created: calls wrap(integer), which calls fee(integer), whose body is replaced: its entries were computed by the old body
CREATE INDEX ix_orders_wrap ON orders ((wrap(amount)));
-- re-created: calls wrap_sql(integer), which calls fee(integer), whose body is replaced: its entries were computed by the old body
CREATE INDEX ix_orders_wrap_sql ON orders ((wrap_sql(amount)));

-- materialized view mv_fees
-- HAZARD: REFRESH MATERIALIZED VIEW mv_fees holds an ACCESS EXCLUSIVE lock on it while its query runs again: every read of it waits until then
-- refreshed: calls wrap(integer), which calls fee(integer), whose body is replaced: its rows were computed by the old body
REFRESH MATERIALIZED VIEW mv_fees;
-- re-created: calls fee(integer), whose body is replaced: its entries were computed by the old body
CREATE INDEX ix_mv_fees_fee ON mv_fees ((fee(w)));

-- materialized view mv_over
-- HAZARD: REFRESH MATERIALIZED VIEW mv_over holds an ACCESS EXCLUSIVE lock on it while its query runs again: every read of it waits until then
-- refreshed: reads v_wrapped, which calls wrap(integer), which calls fee(integer), whose body is replaced: its rows were computed by the old body
REFRESH MATERIALIZED VIEW mv_over;
