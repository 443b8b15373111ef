SELECT id, email, CAST(balance AS INTEGER) FROM accounts ORDER BY id;
SELECT * FROM rich_emails ORDER BY email;
SELECT * FROM untouched_notes;
