-- view v_people_count
-- re-created: reads v_people, which is re-created
DROP VIEW v_people_count;

-- view v_people
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
DROP VIEW v_people;

-- table people
ALTER TABLE people ADD COLUMN nickname text;

-- view v_people
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
CREATE VIEW v_people AS
select id, name, nickname from people;

-- view v_people_count
-- re-created: reads v_people, which is re-created
CREATE VIEW v_people_count AS
select count(*) as n from v_people;
