INSERT INTO teams (id, code) VALUES (1, 'red'), (2, 'blue');
INSERT INTO players (id, team_id, email, age) VALUES (1, 1, 'p1@x', 20), (2, NULL, 'p2@x', 30);
