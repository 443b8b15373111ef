SELECT id, tenant, owner, body FROM docs ORDER BY id;
