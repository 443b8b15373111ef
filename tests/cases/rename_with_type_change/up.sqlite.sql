-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table customers
ALTER TABLE customer RENAME TO customers;
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_customers (
    id         integer                NOT NULL,
    first_name character varying(100) NOT NULL,
    score      bigint,
    CONSTRAINT pk_customers PRIMARY KEY (id)
);
INSERT INTO _schemac_new_customers (id, first_name, score)
    SELECT id, fname, score FROM customers;
DROP TABLE customers;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_customers RENAME TO customers;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX ix_customer_fname ON customers (first_name);

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
