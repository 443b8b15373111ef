-- view w
-- re-created: it reads a table or column that is renamed
DROP VIEW w;

-- view v
-- re-created: it reads a table or column that is renamed
DROP VIEW v;

-- table a
ALTER TABLE b RENAME COLUMN z2 TO z;
ALTER TABLE b RENAME CONSTRAINT pk_b TO pk_a;
ALTER TABLE b RENAME TO a;

-- view w
-- re-created: it reads a table or column that is renamed
CREATE VIEW w AS
select id, z as zz from a;

-- view v
-- re-created: it reads a table or column that is renamed
CREATE VIEW v AS
select id, x from a;
