SET TIME ZONE 'UTC';
SELECT id, sku, name, price, stock, weight, to_char(released, 'YYYY-MM-DD HH24:MI:SS'), rtrim(code) FROM products ORDER BY id;
