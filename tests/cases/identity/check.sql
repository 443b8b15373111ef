SELECT id, title FROM tickets ORDER BY id;
