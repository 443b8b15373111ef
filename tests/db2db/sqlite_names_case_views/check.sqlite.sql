SELECT id, email FROM users ORDER BY id;
SELECT msg FROM audit ORDER BY msg;
SELECT * FROM v_keep ORDER BY 1;
SELECT * FROM v_users ORDER BY 1;
