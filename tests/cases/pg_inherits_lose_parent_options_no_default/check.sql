SELECT id, name, color, axles FROM trucks ORDER BY id; SELECT id, name, color FROM vehicles ORDER BY id;
