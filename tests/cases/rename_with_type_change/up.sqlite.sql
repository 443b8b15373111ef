-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table customers
ALTER TABLE customer RENAME TO customers;
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE customers RENAME TO _schemac_old_customers;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE customers (
    id         integer,
    first_name varchar(100) NOT NULL,
    score      bigint,
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'customers', count(*) FROM _schemac_old_customers;
INSERT INTO customers (id, first_name, score)
    SELECT id, fname, score FROM _schemac_old_customers;
DROP TABLE _schemac_old_customers;
CREATE INDEX ix_customer_fname ON customers (first_name);

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of customers failed: rolled back, nothing changed" CHECK (tbl IS NOT 'customers'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'customers' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'customers' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'ix_customer_fname' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'customers');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'customers' AND n <> (SELECT count(*) FROM customers);
DROP TABLE temp._schemac_rebuild_check;
DROP TABLE temp._schemac_rebuilt;

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
    CONSTRAINT "foreign key check failed: rows of orders reference missing rows of customers"
        CHECK (NOT (tbl = 'orders' COLLATE NOCASE AND parent = 'customers' COLLATE NOCASE)),
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
