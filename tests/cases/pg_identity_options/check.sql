SELECT id, n, m, label FROM tickets ORDER BY id;
