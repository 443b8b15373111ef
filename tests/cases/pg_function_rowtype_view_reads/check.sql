SELECT id, qty FROM items ORDER BY id;
SELECT id, qty FROM view_rows() ORDER BY id;
SELECT n_rows();
SELECT n, total FROM v_count;
