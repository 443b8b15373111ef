-- issue 13: names that differ only in case are the same object for SQLite
-- (tables, columns, indexes): matched, not dropped and created again
CREATE TABLE USERS (ID INTEGER PRIMARY KEY, Email TEXT);
CREATE INDEX IX_USERS_EMAIL ON USERS (Email);
CREATE TABLE Posts (id INTEGER PRIMARY KEY, User_Id INT REFERENCES USERS (ID), Title TEXT);
