CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL DEFAULT '',
    balance REAL NOT NULL DEFAULT 0
);
CREATE VIEW rich AS
    SELECT id, email FROM accounts WHERE balance > 1000;
CREATE VIEW rich_emails AS
    SELECT email FROM rich;
CREATE TABLE untouched (id INTEGER PRIMARY KEY, note TEXT);
CREATE VIEW untouched_notes AS
    SELECT note FROM untouched;
