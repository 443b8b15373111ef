SELECT id, sku, name, price, stock, weight, released, code FROM products ORDER BY id;
