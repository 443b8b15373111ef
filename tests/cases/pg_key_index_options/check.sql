SELECT id, email, nick FROM account ORDER BY id;
