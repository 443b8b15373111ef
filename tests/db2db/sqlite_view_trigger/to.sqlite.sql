CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  body TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit (msg TEXT);
CREATE TRIGGER notes_ins AFTER INSERT ON notes BEGIN INSERT INTO audit VALUES ('ins ' || new.body); END;
CREATE VIEW notes_v AS SELECT id, body FROM notes;
