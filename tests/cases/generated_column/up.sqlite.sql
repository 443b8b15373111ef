-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

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

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
