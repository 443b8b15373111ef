SELECT id, name, color FROM trucks ORDER BY id; SELECT id, name, color, axles, tonnage FROM big_trucks ORDER BY id; SELECT * FROM loads ORDER BY id;
