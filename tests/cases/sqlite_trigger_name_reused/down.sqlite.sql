-- table orders
CREATE TABLE orders (
    id integer,
    PRIMARY KEY (id)
);

-- trigger trg on purchases
DROP TRIGGER IF EXISTS trg;

-- table purchases
-- HAZARD: drops table purchases and all its rows
DROP TABLE purchases;

-- trigger trg on orders
create trigger trg after insert on orders begin insert into log values (1); end;
