-- trigger trg_note on log
DROP TRIGGER IF EXISTS trg_note;

-- table purchases
ALTER TABLE orders RENAME TO purchases;

-- trigger trg_note on log
create trigger trg_note after delete on log begin delete from purchases where n = 0; end;
