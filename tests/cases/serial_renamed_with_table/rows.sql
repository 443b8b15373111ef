INSERT INTO items (name) VALUES ('a'), ('b'), ('c');
INSERT INTO tags (label) VALUES ('x'), ('y');
