SELECT id, "from", "Mixed Case" FROM "order" ORDER BY id;
