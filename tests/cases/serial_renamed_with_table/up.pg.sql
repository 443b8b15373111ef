-- view item_names
-- re-created: it reads a table or column that is renamed
DROP VIEW item_names;

-- sequence products_id_seq
ALTER SEQUENCE items_id_seq RENAME TO products_id_seq;

-- sequence tags_tag_id_seq
ALTER SEQUENCE tags_id_seq RENAME TO tags_tag_id_seq;

-- table products
ALTER TABLE items RENAME TO products;
ALTER TABLE products RENAME CONSTRAINT pk_items TO pk_products;

-- table tags
ALTER TABLE tags RENAME COLUMN id TO tag_id;

-- view item_names
-- re-created: it reads a table or column that is renamed
CREATE VIEW item_names AS
select id, name from products;
