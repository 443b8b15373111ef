INSERT INTO users (id, email) VALUES (1, 'A@example.com'), (2, 'b@example.com');
