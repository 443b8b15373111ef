-- view w
-- re-created: its definition changes
DROP VIEW w;

-- view v
-- re-created: its definition changes
DROP VIEW v;

-- table a
ALTER TABLE b RENAME COLUMN z2 TO z;
ALTER TABLE b RENAME TO a;

-- view w
-- re-created: its definition changes
CREATE VIEW w AS
select id, z as zz from a;

-- view v
-- re-created: its definition changes
CREATE VIEW v AS
select id, x from a;
