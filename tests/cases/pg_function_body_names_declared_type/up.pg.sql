-- table items
DROP INDEX ix_items_pair;
ALTER TABLE items
    ADD CONSTRAINT ck_items_pair CHECK ((pair_of(qty)).b > 0);
CREATE INDEX ix_items_pair ON items (((pair_of(id)).a));
