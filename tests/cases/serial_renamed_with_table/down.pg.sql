-- view item_names
-- re-created: it reads a table or column that is renamed
DROP VIEW item_names;

-- table tags
ALTER TABLE tags RENAME COLUMN tag_id TO id;

-- table items
ALTER TABLE products RENAME CONSTRAINT pk_products TO pk_items;
ALTER TABLE products RENAME TO items;

-- sequence tags_tag_id_seq
ALTER SEQUENCE tags_tag_id_seq RENAME TO tags_id_seq;

-- sequence products_id_seq
ALTER SEQUENCE products_id_seq RENAME TO items_id_seq;

-- view item_names
-- re-created: it reads a table or column that is renamed
CREATE VIEW item_names AS
select id, name from items;
