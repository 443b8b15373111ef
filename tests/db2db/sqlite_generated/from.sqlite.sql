-- issue 13: generated columns VIRTUAL by default, STORED when written;
-- adding a VIRTUAL one is ALTER TABLE ADD COLUMN, a STORED one a rebuild
CREATE TABLE g (
  id INTEGER PRIMARY KEY,
  a INT,
  v INT GENERATED ALWAYS AS (a * 2),
  s INT AS (a * 3) STORED
);
