SELECT * FROM items ORDER BY id;
SELECT * FROM priced_names ORDER BY name;
