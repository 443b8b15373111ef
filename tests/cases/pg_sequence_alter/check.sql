SELECT id, no FROM tickets ORDER BY id;
