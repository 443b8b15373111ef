SELECT id, name, color FROM trucks ORDER BY id; SELECT * FROM paints ORDER BY id;
