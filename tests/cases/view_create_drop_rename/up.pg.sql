-- view v_cheap
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
DROP VIEW v_cheap;

-- view v_gone
DROP VIEW v_gone;

-- view v_ids
ALTER VIEW v_old RENAME TO v_ids;

-- view v_cheap
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
CREATE VIEW v_cheap AS
select id, title from items where price < 5;

-- view v_pricey
CREATE VIEW v_pricey AS
select id, title, price from items where price >= 100;
