-- trigger trg_changes on orders
DROP TRIGGER trg_changes ON public.orders;

-- table purchases
ALTER TABLE orders RENAME TO purchases;
ALTER TABLE purchases RENAME CONSTRAINT pk_orders TO pk_purchases;

-- trigger trg_changes on purchases
create trigger trg_changes before update of n, m on purchases for each row execute function bump();
