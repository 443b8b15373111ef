SELECT key, value FROM settings ORDER BY key;
SELECT id, label, v FROM measures ORDER BY id;
SELECT count(*) FROM settings WHERE key = 'THEME';
