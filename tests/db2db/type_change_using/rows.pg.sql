INSERT INTO readings (value, flag, mood, at) VALUES ('1', 1, 'ok', '2024-05-06 07:08:09'), ('22', 0, 'happy', NULL), (NULL, NULL, NULL, NULL);
