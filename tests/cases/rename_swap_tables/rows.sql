INSERT INTO jobs (id, title) VALUES (1, 'build'), (2, 'ship');
INSERT INTO tasks (id, job_id, note) VALUES (10, 1, 'compile'), (11, 2, NULL);
INSERT INTO logs (id, job_id) VALUES (100, 1), (101, 2);
