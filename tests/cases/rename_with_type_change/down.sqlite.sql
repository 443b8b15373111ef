-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table customer
-- HAZARD: type of customers.score changes from bigint to integer: values may not fit
-- HAZARD: type of customers.first_name changes from character varying(100) to character varying(50): values may not fit
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_customers (
    id    integer               NOT NULL,
    fname character varying(50) NOT NULL,
    score integer,
    CONSTRAINT pk_customer PRIMARY KEY (id)
);
INSERT INTO _schemac_new_customers (id, fname, score)
    SELECT id, first_name, score FROM customers;
DROP TABLE customers;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_customers RENAME TO customers;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX ix_customer_fname ON customers (fname);
ALTER TABLE customers RENAME TO customer;

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
