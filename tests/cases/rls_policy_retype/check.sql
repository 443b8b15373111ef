SELECT id, tenant FROM docs ORDER BY id;
