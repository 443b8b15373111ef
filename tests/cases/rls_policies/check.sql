SELECT id, tenant, body FROM docs ORDER BY id;
