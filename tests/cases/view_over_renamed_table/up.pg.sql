-- view v
-- re-created: it reads a table or column that is renamed
DROP VIEW v;

-- view w
-- re-created: it reads a table or column that is renamed
DROP VIEW w;

-- table b
ALTER TABLE a RENAME TO b;
ALTER TABLE b RENAME CONSTRAINT pk_a TO pk_b;
ALTER TABLE b RENAME COLUMN z TO z2;

-- view v
-- re-created: it reads a table or column that is renamed
CREATE VIEW v AS
select id, x from b;

-- view w
-- re-created: it reads a table or column that is renamed
CREATE VIEW w AS
select id, z2 as zz from b;
