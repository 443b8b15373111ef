-- table notes
COMMENT ON TABLE notes IS NULL;
COMMENT ON COLUMN notes.body IS NULL;

-- table audit.log
-- HAZARD: drops table audit.log and all its rows
DROP TABLE audit.log;

-- schema audit
DROP SCHEMA audit;
