-- view v_top
-- re-created: reads v_big, which is re-created
DROP VIEW v_top;

-- view v_big
-- re-created: reads orders.amount, whose type changes
DROP VIEW v_big;

-- table orders
ALTER TABLE orders ALTER COLUMN amount TYPE bigint;

-- view v_big
-- re-created: reads orders.amount, whose type changes
CREATE VIEW v_big AS
select id, amount from orders where amount > 100;

-- view v_top
-- re-created: reads v_big, which is re-created
CREATE VIEW v_top AS
select id from v_big;
