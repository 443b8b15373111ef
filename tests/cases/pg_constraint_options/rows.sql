INSERT INTO teams (id, code, region) VALUES (1, 'red', 'north'), (2, 'blue', NULL), (3, NULL, NULL);
INSERT INTO players (id, team_id, team_code, age, level) VALUES (1, 1, 'red', 20, 1), (2, NULL, NULL, 30, 2);
INSERT INTO old_games (id, score) VALUES (1, 10);
