SELECT id, price FROM prices ORDER BY id;
