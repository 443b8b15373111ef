INSERT INTO p VALUES (1, 'a'), (2, 'b'); INSERT INTO q VALUES (1, 'a'), (2, NULL);
