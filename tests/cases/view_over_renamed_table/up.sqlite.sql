-- view v
-- re-created: its definition changes
DROP VIEW v;

-- view w
-- re-created: its definition changes
DROP VIEW w;

-- table b
ALTER TABLE a RENAME TO b;
ALTER TABLE b RENAME COLUMN z TO z2;

-- view v
-- re-created: its definition changes
CREATE VIEW v AS
select id, x from b;

-- view w
-- re-created: its definition changes
CREATE VIEW w AS
select id, z2 as zz from b;
