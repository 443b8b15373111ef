-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- view v_top
-- re-created: reads v_big, which is re-created
DROP VIEW v_top;

-- view v_big
-- re-created: reads orders, which is rebuilt
DROP VIEW v_big;

-- table orders
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE orders RENAME TO _schemac_old_orders;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE orders (
    id     integer,
    amount bigint  NOT NULL,
    note   text,
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'orders', count(*) FROM _schemac_old_orders;
INSERT INTO orders (id, amount, note)
    SELECT id, amount, note FROM _schemac_old_orders;
DROP TABLE _schemac_old_orders;

-- view v_big
-- re-created: reads orders, which is rebuilt
CREATE VIEW v_big AS
select id, amount from orders where amount > 100;

-- view v_top
-- re-created: reads v_big, which is re-created
CREATE VIEW v_top AS
select id from v_big;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of orders failed: rolled back, nothing changed" CHECK (tbl IS NOT 'orders'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'orders' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'orders' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'orders');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'orders' AND n <> (SELECT count(*) FROM orders);
DROP TABLE temp._schemac_rebuild_check;
DROP TABLE temp._schemac_rebuilt;

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
