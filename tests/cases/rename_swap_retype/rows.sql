INSERT INTO readings (id, lo, hi, tag) VALUES (1, 3, 7, 't1'), (2, -5, NULL, NULL);
INSERT INTO sensors (id, name) VALUES (1, 'thermo');
INSERT INTO probes (id, name, depth) VALUES (1, 'deep', 300), (2, 'shallow', NULL);
