-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table people
-- HAZARD: type of people.score changes from bigint to integer: values may not fit
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_people (
    id    integer NOT NULL,
    score integer,
    name  text,
    total integer GENERATED ALWAYS AS (score * 2) STORED,
    CONSTRAINT pk_people PRIMARY KEY (id),
    CONSTRAINT ck_people_total CHECK (total >= 0)
);
INSERT INTO _schemac_new_people (id, score, name)
    SELECT id, score, name FROM people;
DROP TABLE people;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_people RENAME TO people;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX ix_people_total ON people (total);

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
