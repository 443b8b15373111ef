SELECT id, email, nick FROM account ORDER BY id;
SELECT id, account_id FROM member ORDER BY id;
