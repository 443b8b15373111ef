SELECT id, (home).street, (home).zip FROM customers ORDER BY id;
