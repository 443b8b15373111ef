INSERT INTO m VALUES (1, 'a'), (2, 'b'), (150, 'c'); INSERT INTO labels VALUES (1, 'a', 1);
