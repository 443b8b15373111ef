-- table items
DROP INDEX ix_items_pair;
ALTER TABLE items DROP CONSTRAINT ck_items_pair;
CREATE INDEX ix_items_pair ON items (((pair_of(id)).b));
