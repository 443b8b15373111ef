-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table customer
-- HAZARD: type of customers.score changes from bigint to integer: values may not fit
-- HAZARD: type of customers.first_name changes from character varying(100) to character varying(50): values may not fit
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE customers RENAME TO _schemac_old_customers;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE customers (
    id    integer,
    fname varchar(50) NOT NULL,
    score integer,
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'customer', count(*) FROM _schemac_old_customers;
INSERT INTO customers (id, fname, score)
    SELECT id, first_name, score FROM _schemac_old_customers;
DROP TABLE _schemac_old_customers;
CREATE INDEX ix_customer_fname ON customers (fname);
ALTER TABLE customers RENAME TO customer;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of customer failed: rolled back, nothing changed" CHECK (tbl IS NOT 'customer'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'customer' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'customer' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'ix_customer_fname' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'customer');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'customer' AND n <> (SELECT count(*) FROM customer);
DROP TABLE temp._schemac_rebuild_check;
DROP TABLE temp._schemac_rebuilt;

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
    CONSTRAINT "foreign key check failed: rows of orders reference missing rows of customer"
        CHECK (NOT (tbl = 'orders' COLLATE NOCASE AND parent = 'customer' COLLATE NOCASE)),
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
