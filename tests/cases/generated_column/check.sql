SELECT id, price, qty FROM lines ORDER BY id;
