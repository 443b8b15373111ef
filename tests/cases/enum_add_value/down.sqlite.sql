-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table docs
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_docs (
    id     integer NOT NULL,
    status status  DEFAULT 'draft' NOT NULL,
    CONSTRAINT pk_docs PRIMARY KEY (id),
    CONSTRAINT ck_docs_status_enum CHECK (status IN ('draft', 'published'))
);
INSERT INTO _schemac_new_docs (id, status)
    SELECT id, status FROM docs;
DROP TABLE docs;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_docs RENAME TO docs;
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
