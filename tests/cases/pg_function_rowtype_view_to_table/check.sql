SELECT id, qty FROM items ORDER BY id;
SELECT doubled(ROW(1, 4)::v_items);
SELECT total_of(1, 3);
