-- Views over a table that the change rebuilds (a type change and a NOT NULL
-- column: SQLite has no ALTER COLUMN). The rebuild's RENAME fails while a view
-- reads the table, so the views (and the view over a view) are dropped before
-- and re-created after it.
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
