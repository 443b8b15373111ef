-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table lines
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_lines (
    id    integer       NOT NULL,
    price numeric(10,2) NOT NULL,
    qty   integer       NOT NULL,
    total numeric       GENERATED ALWAYS AS (price * qty * 2) STORED,
    taxed numeric       GENERATED ALWAYS AS (price * 1.2) STORED,
    CONSTRAINT pk_lines PRIMARY KEY (id)
);
INSERT INTO _schemac_new_lines (id, price, qty)
    SELECT id, price, qty FROM lines;
DROP TABLE lines;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_lines RENAME TO lines;
PRAGMA legacy_alter_table = OFF;

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
