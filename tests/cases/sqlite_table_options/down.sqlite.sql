-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table tickets
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE tickets RENAME TO _schemac_old_tickets;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE tickets (
    id    integer PRIMARY KEY AUTOINCREMENT,
    title text
) STRICT;
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'tickets', count(*) FROM _schemac_old_tickets;
INSERT INTO tickets (id, title)
    SELECT id, title FROM _schemac_old_tickets;
DELETE FROM sqlite_sequence WHERE name = 'tickets';
UPDATE sqlite_sequence SET name = 'tickets' WHERE name = '_schemac_old_tickets';
DROP TABLE _schemac_old_tickets;

-- table kv
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE kv RENAME TO _schemac_old_kv;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE kv (
    k text,
    v text,
    PRIMARY KEY (k)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'kv', count(*) FROM _schemac_old_kv;
INSERT INTO kv (k, v)
    SELECT k, v FROM _schemac_old_kv;
DROP TABLE _schemac_old_kv;

-- table events
-- HAZARD: drops column events.extra and its data
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE events RENAME TO _schemac_old_events;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE events (
    id   integer,
    body text    NOT NULL,
    data BLOB,
    PRIMARY KEY (id)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'events', count(*) FROM _schemac_old_events;
INSERT INTO events (id, body, data)
    SELECT id, body, data FROM _schemac_old_events;
DROP TABLE _schemac_old_events;

-- table counters
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE counters RENAME TO _schemac_old_counters;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE counters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    n  integer DEFAULT 0 NOT NULL
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'counters', count(*) FROM _schemac_old_counters;
INSERT INTO counters (id, n)
    SELECT id, n FROM _schemac_old_counters;
DROP TABLE _schemac_old_counters;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of tickets failed: rolled back, nothing changed" CHECK (tbl IS NOT 'tickets'),
    CONSTRAINT "rebuild of kv failed: rolled back, nothing changed" CHECK (tbl IS NOT 'kv'),
    CONSTRAINT "rebuild of events failed: rolled back, nothing changed" CHECK (tbl IS NOT 'events'),
    CONSTRAINT "rebuild of counters failed: rolled back, nothing changed" CHECK (tbl IS NOT 'counters'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'tickets' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'tickets' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'tickets')
    UNION ALL
    SELECT 'kv' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'kv' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'kv')
    UNION ALL
    SELECT 'events' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'events' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'events')
    UNION ALL
    SELECT 'counters' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'counters' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'counters');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'tickets' AND n <> (SELECT count(*) FROM tickets)
    UNION ALL
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'kv' AND n <> (SELECT count(*) FROM kv)
    UNION ALL
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'events' AND n <> (SELECT count(*) FROM events)
    UNION ALL
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'counters' AND n <> (SELECT count(*) FROM counters);
DROP TABLE temp._schemac_rebuild_check;
DROP TABLE temp._schemac_rebuilt;

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
