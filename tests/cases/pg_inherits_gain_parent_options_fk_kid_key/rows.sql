INSERT INTO vehicles VALUES (9, 'v', 'grey'); INSERT INTO trucks VALUES (1, 't', 'red', 2); INSERT INTO big_trucks VALUES (2, 'b', 'green', 6, 10); INSERT INTO loads VALUES (1, 'green', 2);
