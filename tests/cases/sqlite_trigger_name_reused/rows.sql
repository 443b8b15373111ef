INSERT INTO log (msg) VALUES ('kept');
