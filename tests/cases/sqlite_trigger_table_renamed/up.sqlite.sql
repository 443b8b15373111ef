-- trigger trg_changes on orders
DROP TRIGGER IF EXISTS trg_changes;

-- table purchases
ALTER TABLE orders RENAME TO purchases;

-- trigger trg_changes on purchases
create trigger trg_changes after update on purchases begin insert into log values ('updated'); end;
