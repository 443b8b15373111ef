-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table accounts
-- HAZARD: accounts.name becomes NOT NULL: fails if it holds NULLs
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_accounts (
    id         integer                  NOT NULL,
    name       text                     DEFAULT '' NOT NULL,
    status     character varying(20)    DEFAULT 'active',
    balance    numeric(12,2),
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    flag       boolean                  DEFAULT false,
    CONSTRAINT pk_accounts PRIMARY KEY (id)
);
INSERT INTO _schemac_new_accounts (id, name, status, balance, created_at, flag)
    SELECT id, name, status, balance, created_at, flag FROM accounts;
DROP TABLE accounts;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_accounts RENAME TO accounts;
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
