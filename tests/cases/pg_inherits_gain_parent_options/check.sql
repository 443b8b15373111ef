SELECT id, name, axles FROM trucks ORDER BY id; SELECT id, name FROM vehicles ORDER BY id;
