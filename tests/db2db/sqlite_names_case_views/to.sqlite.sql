CREATE TABLE Users (id INTEGER PRIMARY KEY, email TEXT);
CREATE VIEW v_users AS SELECT id, email FROM Users;
CREATE VIEW v_keep AS SELECT Email FROM users WHERE ID > 0;
CREATE TABLE audit (msg TEXT);
CREATE TRIGGER trg_users_ins AFTER INSERT ON users BEGIN INSERT INTO audit VALUES ('ins ' || new.Email); END;
