-- table archive
CREATE TABLE archive (
    id integer NOT NULL,
    CONSTRAINT pk_archive PRIMARY KEY (id)
);

-- table notes
DROP POLICY own ON notes;
ALTER TABLE notes NO FORCE ROW LEVEL SECURITY;

-- table docs
COMMENT ON POLICY tenant_write ON docs IS NULL;
ALTER POLICY tenant_write ON docs USING (tenant > 0);
ALTER POLICY tenant_read ON docs TO pg_monitor, pg_read_all_stats;
DROP POLICY fresh ON docs;
DROP POLICY by_cmd ON docs;
ALTER TABLE docs FORCE ROW LEVEL SECURITY;

-- table notes
-- HAZARD: drops table notes and all its rows
DROP TABLE notes;

-- table docs
CREATE POLICY gone ON docs FOR DELETE USING (false);
CREATE POLICY by_cmd ON docs FOR UPDATE USING (true);

-- table archive
ALTER TABLE archive ENABLE ROW LEVEL SECURITY;
CREATE POLICY old_rows ON archive USING (id < 100);
