-- Views over a table that the change rebuilds (a type change and a NOT NULL
-- column: SQLite has no ALTER COLUMN): the views (and the view over a view)
-- are there and work after it, whether the rebuild drops and re-creates them
-- or renames with legacy_alter_table (which leaves views alone); a view over
-- another table is not touched.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT,
    balance INTEGER
);
CREATE VIEW rich AS
    SELECT id, email FROM accounts WHERE balance > 1000;
CREATE VIEW rich_emails AS
    SELECT email FROM rich;
CREATE TABLE untouched (id INTEGER PRIMARY KEY, note TEXT);
CREATE VIEW untouched_notes AS
    SELECT note FROM untouched;
