-- trigger trg_changes on purchases
DROP TRIGGER IF EXISTS trg_changes;

-- table orders
ALTER TABLE purchases RENAME TO orders;

-- trigger trg_changes on orders
create trigger trg_changes after update on orders begin insert into log values ('u'); end;
