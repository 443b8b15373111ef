-- view v_pricey
DROP VIEW v_pricey;

-- view v_ids
-- re-created: renamed from v_old (SQLite cannot rename a view)
DROP VIEW v_ids;

-- view v_cheap
-- re-created: its definition changes
DROP VIEW v_cheap;

-- view v_old
-- re-created: renamed from v_old (SQLite cannot rename a view)
CREATE VIEW v_old AS
select id from items;

-- view v_gone
CREATE VIEW v_gone AS
select title from items;

-- view v_cheap
-- re-created: its definition changes
CREATE VIEW v_cheap AS
select id, title from items where price < 10;
