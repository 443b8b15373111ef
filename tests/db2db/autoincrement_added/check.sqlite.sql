SELECT id, subject FROM tickets ORDER BY id;
