-- trigger trg_note on log
DROP TRIGGER IF EXISTS trg_note;

-- table orders
ALTER TABLE purchases RENAME TO orders;

-- trigger trg_note on log
create trigger trg_note after delete on log begin delete from orders where n is null; end;
