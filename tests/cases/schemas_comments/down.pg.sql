-- table notes
COMMENT ON TABLE notes IS NULL;

-- table audit.log
-- HAZARD: drops table audit.log and all its rows
DROP TABLE audit.log;

-- table notes
COMMENT ON COLUMN notes.body IS NULL;

-- schema audit
DROP SCHEMA audit;
