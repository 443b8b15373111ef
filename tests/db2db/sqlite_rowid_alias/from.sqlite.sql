-- issue 13: rowid aliases with and without AUTOINCREMENT and NOT NULL, and
-- unnamed keys, through rebuilds (a column with a non-constant default is
-- added): nothing invented (no NOT NULL, no constraint name), nothing lost
CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT);
CREATE TABLE b (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, x TEXT);
CREATE TABLE c (id INTEGER, code TEXT, x TEXT, PRIMARY KEY (id), UNIQUE (code));
CREATE TABLE d (k TEXT PRIMARY KEY, x TEXT);
