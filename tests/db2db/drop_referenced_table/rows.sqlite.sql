-- the rows of products do not point into categories: the down script
-- recreates categories empty (its rows are gone with the drop) and puts the
-- foreign key back, which rows pointing to the dropped rows would violate
INSERT INTO categories (name) VALUES ('tools'), ('toys');
INSERT INTO products (category_id, name) VALUES (NULL, 'hammer'), (NULL, 'ball'), (NULL, 'misc');
INSERT INTO category_tags VALUES (1, 'hardware'), (2, 'kids');
