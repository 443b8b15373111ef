INSERT INTO people (id, name, nickname) VALUES (1, 'Ann', 'a'), (2, 'Bob', NULL);
