-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

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

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
