-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

-- table docs
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_docs (
    id     integer NOT NULL,
    status status  DEFAULT 'review' NOT NULL,
    CONSTRAINT pk_docs PRIMARY KEY (id),
    CONSTRAINT ck_docs_status_enum CHECK (status IN ('draft', 'review', 'published', 'archived'))
);
INSERT INTO _schemac_new_docs (id, status)
    SELECT id, status FROM docs;
DROP TABLE docs;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_docs RENAME TO docs;
PRAGMA legacy_alter_table = OFF;

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
