SELECT id, category_id, name FROM products ORDER BY id;
