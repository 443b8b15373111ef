INSERT INTO app.people (id, name, nick) VALUES (1, 'Ada', 'ada'), (2, 'Bo', 'BO');
