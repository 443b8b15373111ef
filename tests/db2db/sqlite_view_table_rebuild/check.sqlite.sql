SELECT * FROM accounts ORDER BY id;
SELECT * FROM rich_emails ORDER BY email;
