-- privileges on table old_log
REVOKE SELECT ON TABLE old_log FROM sc_reporting;

-- privileges on table people
REVOKE UPDATE (nickname) ON TABLE people FROM sc_app;

-- privileges on table v_people
REVOKE SELECT ON TABLE v_people FROM sc_reporting;

-- view v_people
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
DROP VIEW v_people;

-- table new_log
CREATE TABLE new_log (
    id integer NOT NULL,
    CONSTRAINT pk_new_log PRIMARY KEY (id)
);

-- table people
-- HAZARD: drops column people.nickname and its data
ALTER TABLE people DROP COLUMN nickname;

-- view v_people
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
CREATE VIEW v_people AS
select id, name from people;

-- table old_log
-- HAZARD: drops table old_log and all its rows
DROP TABLE old_log;

-- privileges on table new_log
ALTER TABLE new_log OWNER TO sc_owner;

-- privileges on table v_people
ALTER VIEW v_people OWNER TO sc_owner;

-- privileges on table new_log
GRANT SELECT, INSERT ON TABLE new_log TO sc_app;

-- privileges on table v_people
GRANT SELECT ON TABLE v_people TO sc_reporting;
