-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

-- table t
-- HAZARD: type of t.b changes from text to integer: values may not fit
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_t (
    id integer NOT NULL,
    a  text    NOT NULL,
    b  integer,
    CONSTRAINT pk_t PRIMARY KEY (id)
);
INSERT INTO _schemac_new_t (id, a, b)
    SELECT id, a, b FROM t;
DROP TABLE t;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_t RENAME TO t;
PRAGMA legacy_alter_table = OFF;

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
