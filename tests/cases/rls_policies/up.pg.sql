-- table archive
DROP POLICY old_rows ON archive;
ALTER TABLE archive DISABLE ROW LEVEL SECURITY;

-- table docs
DROP POLICY by_cmd ON docs;
DROP POLICY gone ON docs;

-- table notes
CREATE TABLE notes (
    id integer NOT NULL,
    CONSTRAINT pk_notes PRIMARY KEY (id)
);

-- table docs
ALTER TABLE docs NO FORCE ROW LEVEL SECURITY;
CREATE POLICY by_cmd ON docs FOR DELETE USING (true);
CREATE POLICY fresh ON docs FOR INSERT WITH CHECK (tenant > 0);
ALTER POLICY tenant_read ON docs TO pg_monitor;
ALTER POLICY tenant_write ON docs USING (tenant > 1);
COMMENT ON POLICY tenant_write ON docs IS 'writes';

-- table notes
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON notes USING (id > 0);

-- table archive
-- HAZARD: drops table archive and all its rows
DROP TABLE archive;
