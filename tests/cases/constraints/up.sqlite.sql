-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;
CREATE TEMP TABLE _schemac_rebuilt (tbl TEXT NOT NULL, n INTEGER NOT NULL);

-- table teams
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE teams RENAME TO _schemac_old_teams;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE teams (
    id   integer,
    code text    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (code)
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'teams', count(*) FROM _schemac_old_teams;
INSERT INTO teams (id, code)
    SELECT id, code FROM _schemac_old_teams;
DROP TABLE _schemac_old_teams;

-- table players
-- rebuild: SQLite cannot alter this table in place
PRAGMA legacy_alter_table = ON;
ALTER TABLE players RENAME TO _schemac_old_players;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE players (
    id        integer,
    team_id   integer,
    email     text    NOT NULL,
    age       integer,
    team_code text,
    PRIMARY KEY (id),
    CONSTRAINT uq_players_email UNIQUE (email),
    CONSTRAINT ck_players_age CHECK (age >= 0 and age < 150),
    CONSTRAINT fk_players_team_code FOREIGN KEY (team_code) REFERENCES teams (code),
    FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL
);
INSERT INTO temp._schemac_rebuilt (tbl, n) SELECT 'players', count(*) FROM _schemac_old_players;
INSERT INTO players (id, team_id, email, age)
    SELECT id, team_id, email, age FROM _schemac_old_players;
DROP TABLE _schemac_old_players;

-- every rebuilt table must be complete, with every row it held: a failed statement above (e.g.
-- a copy refused by a constraint) fails here and rolls everything back
CREATE TEMP TABLE _schemac_rebuild_check (
    tbl TEXT,
    CONSTRAINT "rebuild of teams failed: rolled back, nothing changed" CHECK (tbl IS NOT 'teams'),
    CONSTRAINT "rebuild of players failed: rolled back, nothing changed" CHECK (tbl IS NOT 'players'),
    CONSTRAINT "a rebuild failed: rolled back, nothing changed" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT 'teams' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'teams' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'teams')
    UNION ALL
    SELECT 'players' WHERE
        NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'players' COLLATE NOCASE)
        OR NOT EXISTS (SELECT 1 FROM temp._schemac_rebuilt WHERE tbl = 'players');
INSERT OR ROLLBACK INTO temp._schemac_rebuild_check (tbl)
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'teams' AND n <> (SELECT count(*) FROM teams)
    UNION ALL
    SELECT tbl FROM temp._schemac_rebuilt WHERE tbl = 'players' AND n <> (SELECT count(*) FROM players);
DROP TABLE temp._schemac_rebuild_check;
DROP TABLE temp._schemac_rebuilt;

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
    CONSTRAINT "foreign key check failed: rows of players reference missing rows of teams"
        CHECK (NOT (tbl = 'players' COLLATE NOCASE AND parent = 'teams' COLLATE NOCASE)),
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
