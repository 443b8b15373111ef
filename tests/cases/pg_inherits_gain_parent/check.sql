SELECT id, name, axles FROM trucks ORDER BY id;
