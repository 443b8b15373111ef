-- trigger trg on t
DROP TRIGGER IF EXISTS trg;

-- trigger "TRG" on t
create trigger TRG after insert on t begin insert into log values ('x'); end;
