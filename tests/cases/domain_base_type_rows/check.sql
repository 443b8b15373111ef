SELECT id, code, price FROM products ORDER BY id;
