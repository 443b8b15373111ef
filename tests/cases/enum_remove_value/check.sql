SELECT id, color FROM paints ORDER BY id;
