-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

-- table teams
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_teams (
    id   integer NOT NULL,
    code text    NOT NULL,
    CONSTRAINT pk_teams PRIMARY KEY (id)
);
INSERT INTO _schemac_new_teams (id, code)
    SELECT id, code FROM teams;
DROP TABLE teams;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_teams RENAME TO teams;
PRAGMA legacy_alter_table = OFF;

-- table players
-- HAZARD: drops column players.team_code and its data
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_players (
    id      integer NOT NULL,
    team_id integer,
    email   text    NOT NULL,
    age     integer,
    CONSTRAINT pk_players PRIMARY KEY (id),
    CONSTRAINT ck_players_age CHECK (age >= 0),
    CONSTRAINT fk_players_team_id_teams FOREIGN KEY (team_id) REFERENCES teams (id)
);
INSERT INTO _schemac_new_players (id, team_id, email, age)
    SELECT id, team_id, email, age FROM players;
DROP TABLE players;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_players RENAME TO players;
PRAGMA legacy_alter_table = OFF;

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
