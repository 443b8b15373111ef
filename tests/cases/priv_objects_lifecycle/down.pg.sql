-- privileges on table v_people
REVOKE SELECT ON TABLE v_people FROM sc_reporting;

-- privileges on table new_log
REVOKE SELECT, INSERT ON TABLE new_log FROM sc_app;

-- table old_log
CREATE TABLE old_log (
    id integer NOT NULL,
    CONSTRAINT pk_old_log PRIMARY KEY (id)
);

-- view v_people
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
DROP VIEW v_people;

-- table people
ALTER TABLE people ADD COLUMN nickname text;

-- table new_log
-- HAZARD: drops table new_log and all its rows
DROP TABLE new_log;

-- view v_people
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
CREATE VIEW v_people AS
select id, name, nickname from people;

-- privileges on table v_people
GRANT SELECT ON TABLE v_people TO sc_reporting;

-- privileges on table people
GRANT UPDATE (nickname) ON TABLE people TO sc_app;

-- privileges on table old_log
GRANT SELECT ON TABLE old_log TO sc_reporting;

-- privileges on table v_people
ALTER VIEW v_people OWNER TO sc_owner;
