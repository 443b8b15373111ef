-- issue 13: names that differ only in case are the same object for SQLite
-- (tables, columns, indexes): matched, not dropped and created again, and
-- given the target's spelling (a table through a temporary name: SQLite
-- refuses a case-only rename; an index dropped and created again)
CREATE TABLE users (ID INTEGER PRIMARY KEY, Email TEXT);
CREATE INDEX IX_USERS_EMAIL ON users (Email);
CREATE TABLE posts (id INTEGER PRIMARY KEY, User_Id INT REFERENCES users (ID), Title TEXT);
