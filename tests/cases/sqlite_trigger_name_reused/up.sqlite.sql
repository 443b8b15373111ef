-- trigger trg on orders
DROP TRIGGER IF EXISTS trg;

-- table purchases
CREATE TABLE purchases (
    id integer,
    PRIMARY KEY (id)
);

-- trigger trg on purchases
create trigger trg after insert on purchases begin insert into log values (1); end;

-- table orders
-- HAZARD: drops table orders and all its rows
DROP TABLE orders;
