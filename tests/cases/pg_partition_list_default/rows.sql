INSERT INTO orders (id, region, total) VALUES (1, 'de', 10), (2, 'jp', 20), (3, 'fr', 30);
