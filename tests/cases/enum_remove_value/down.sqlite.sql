-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

-- table paints
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_paints (
    id    integer NOT NULL,
    color color   DEFAULT 'red',
    CONSTRAINT pk_paints PRIMARY KEY (id),
    CONSTRAINT ck_paints_color_enum CHECK (color IN ('red', 'green', 'blue', 'unused'))
);
INSERT INTO _schemac_new_paints (id, color)
    SELECT id, color FROM paints;
DROP TABLE paints;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_paints RENAME TO paints;
PRAGMA legacy_alter_table = OFF;

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
