-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table counters
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_counters (
    id INTEGER NOT NULL,
    n  integer DEFAULT 0 NOT NULL,
    CONSTRAINT pk_counters PRIMARY KEY (id)
);
INSERT INTO _schemac_new_counters (id, n)
    SELECT id, n FROM counters;
DROP TABLE counters;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_counters RENAME TO counters;
PRAGMA legacy_alter_table = OFF;

-- table events
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_events (
    id    INTEGER NOT NULL CONSTRAINT pk_events PRIMARY KEY AUTOINCREMENT,
    body  TEXT    NOT NULL,
    data  BLOB,
    extra ANY
) STRICT;
INSERT INTO _schemac_new_events (id, body, data)
    SELECT id, body, data FROM events;
DROP TABLE events;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_events RENAME TO events;
PRAGMA legacy_alter_table = OFF;

-- table kv
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_kv (
    k text NOT NULL,
    v text,
    CONSTRAINT pk_kv PRIMARY KEY (k)
) WITHOUT ROWID;
INSERT INTO _schemac_new_kv (k, v)
    SELECT k, v FROM kv;
DROP TABLE kv;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_kv RENAME TO kv;
PRAGMA legacy_alter_table = OFF;

-- table tickets
-- HAZARD: tickets.title becomes NOT NULL: fails if it holds NULLs
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_tickets (
    id    INTEGER NOT NULL CONSTRAINT pk_tickets PRIMARY KEY AUTOINCREMENT,
    title TEXT    DEFAULT '' NOT NULL
) STRICT;
INSERT INTO _schemac_new_tickets (id, title)
    SELECT id, title FROM tickets;
DELETE FROM sqlite_sequence WHERE name = '_schemac_new_tickets';
INSERT INTO sqlite_sequence (name, seq)
    SELECT '_schemac_new_tickets', seq FROM sqlite_sequence WHERE name = 'tickets';
DROP TABLE tickets;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_tickets RENAME TO tickets;
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
