-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- view v_top
-- re-created: reads v_big, which is re-created
DROP VIEW v_top;

-- view v_big
-- re-created: reads orders, which is rebuilt
DROP VIEW v_big;

-- table orders
-- HAZARD: type of orders.amount changes from bigint to integer: values may not fit
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_orders (
    id     integer NOT NULL,
    amount integer NOT NULL,
    note   text,
    CONSTRAINT pk_orders PRIMARY KEY (id)
);
INSERT INTO _schemac_new_orders (id, amount, note)
    SELECT id, amount, note FROM orders;
DROP TABLE orders;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_orders RENAME TO orders;
PRAGMA legacy_alter_table = OFF;

-- view v_big
-- re-created: reads orders, which is rebuilt
CREATE VIEW v_big AS
select id, amount from orders where amount > 100;

-- view v_top
-- re-created: reads v_big, which is re-created
CREATE VIEW v_top AS
select id from v_big;

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
