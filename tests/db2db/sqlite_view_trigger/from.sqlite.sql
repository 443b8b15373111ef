-- a view and a trigger on a table that the change rebuilds (schemac does not
-- model them: the rebuild must still leave them in place)
CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  body TEXT
);
CREATE TABLE audit (msg TEXT);
CREATE TRIGGER notes_ins AFTER INSERT ON notes BEGIN INSERT INTO audit VALUES ('ins ' || new.body); END;
CREATE VIEW notes_v AS SELECT id, body FROM notes;
