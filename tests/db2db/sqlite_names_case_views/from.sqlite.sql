-- issue 13: views are matched ignoring case too (V_Users is v_users, re-created
-- under the target's name: SQLite cannot rename a view); the views and
-- triggers that read a table renamed only in case keep working and keep
-- their text (the rename goes through a temporary name with
-- legacy_alter_table on); Users is also rebuilt (a NOT NULL added), and down
-- creates it again with its own text under its own spelling
CREATE TABLE users (ID INTEGER PRIMARY KEY, Email TEXT);
CREATE VIEW V_Users AS SELECT ID, Email FROM users;
CREATE VIEW v_keep AS SELECT Email FROM users WHERE ID > 0;
CREATE TABLE audit (msg TEXT);
CREATE TRIGGER trg_users_ins AFTER INSERT ON users BEGIN INSERT INTO audit VALUES ('ins ' || new.Email); END;
