-- table options and collations people use on SQLite; the change forces a rebuild
CREATE TABLE settings (
  key TEXT PRIMARY KEY COLLATE NOCASE,
  value TEXT
) WITHOUT ROWID;
CREATE TABLE measures (
  id INTEGER PRIMARY KEY,
  label TEXT COLLATE NOCASE,
  v REAL
) STRICT;
