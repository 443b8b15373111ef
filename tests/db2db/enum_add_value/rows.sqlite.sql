INSERT INTO orders (status) VALUES ('pending'), ('shipped'), ('delivered');
