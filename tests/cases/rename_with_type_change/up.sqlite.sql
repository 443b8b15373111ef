-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

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

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
