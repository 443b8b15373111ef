-- trigger trg_changes on purchases
DROP TRIGGER trg_changes ON public.purchases;

-- table orders
ALTER TABLE purchases RENAME CONSTRAINT pk_purchases TO pk_orders;
ALTER TABLE purchases RENAME TO orders;

-- trigger trg_changes on orders
create trigger trg_changes before update of n on orders for each row execute function bump();
