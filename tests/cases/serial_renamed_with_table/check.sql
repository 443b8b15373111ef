SELECT id, name FROM items ORDER BY id;
SELECT last_value, is_called FROM items_id_seq;
SELECT last_value, is_called FROM tags_id_seq;
