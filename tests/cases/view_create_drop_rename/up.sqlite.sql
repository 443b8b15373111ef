-- view v_cheap
-- re-created: its definition changes
DROP VIEW v_cheap;

-- view v_gone
DROP VIEW v_gone;

-- view v_old
-- re-created: renamed from v_old (SQLite cannot rename a view)
DROP VIEW v_old;

-- view v_cheap
-- re-created: its definition changes
CREATE VIEW v_cheap AS
select id, title from items where price < 5;

-- view v_ids
-- re-created: renamed from v_old (SQLite cannot rename a view)
CREATE VIEW v_ids AS
select id from items;

-- view v_pricey
CREATE VIEW v_pricey AS
select id, title, price from items where price >= 100;
