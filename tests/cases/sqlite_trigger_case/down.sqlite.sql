-- trigger "TRG" on t
DROP TRIGGER IF EXISTS "TRG";

-- trigger trg on t
create trigger trg after insert on t begin insert into log values ('x'); end;
