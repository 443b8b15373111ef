-- issue 13: names that differ only in case are the same object for SQLite
-- (columns, indexes; tables in test_sqlite_as_sqlite.c, since SQLite keeps
-- a table's spelling: a case-only rename is refused): matched, not dropped
-- and created again
CREATE TABLE users (ID INTEGER PRIMARY KEY, Email TEXT);
CREATE INDEX IX_USERS_EMAIL ON users (Email);
CREATE TABLE posts (id INTEGER PRIMARY KEY, User_Id INT REFERENCES users (ID), Title TEXT);
