INSERT INTO teams (id, code) VALUES (1, 'red');
INSERT INTO players (id, team_id, age) VALUES (1, 1, 20);
