INSERT INTO users (Email) VALUES ('a@x'), ('b@x');
