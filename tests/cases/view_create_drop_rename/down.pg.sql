-- view v_pricey
DROP VIEW v_pricey;

-- view v_cheap
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
DROP VIEW v_cheap;

-- view v_old
ALTER VIEW v_ids RENAME TO v_old;

-- view v_gone
CREATE VIEW v_gone AS
select title from items;

-- view v_cheap
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
CREATE VIEW v_cheap AS
select id, title from items where price < 10;
