INSERT INTO vehicles VALUES (9, 'v', 'grey'); INSERT INTO trucks VALUES (1, 't', 'red', 2); INSERT INTO big_trucks VALUES (2, 'b', 'green', 6, 10); INSERT INTO paints VALUES (1, 'red', 1);
