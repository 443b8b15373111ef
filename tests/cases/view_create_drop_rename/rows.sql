INSERT INTO items (id, title, price) VALUES (1, 'pen', 2), (2, 'desk', 150);
