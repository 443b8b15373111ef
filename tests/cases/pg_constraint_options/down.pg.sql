-- table old_games
CREATE TABLE old_games (
    id    integer NOT NULL,
    score integer,
    CONSTRAINT pk_old_games PRIMARY KEY (id)
);

-- table players
ALTER TABLE players DROP CONSTRAINT fk_players_code;

-- table teams
ALTER TABLE teams DROP CONSTRAINT uq_teams_region;
ALTER TABLE teams DROP CONSTRAINT uq_teams_code;
ALTER TABLE teams
    ADD CONSTRAINT uq_teams_region UNIQUE (region) DEFERRABLE;
ALTER TABLE teams
    ADD CONSTRAINT uq_teams_code UNIQUE (code);

-- table tags
ALTER TABLE tags DROP CONSTRAINT fk_tags_player_id_players;
ALTER TABLE tags DROP CONSTRAINT ck_tags_label;
-- HAZARD: drops table tags and all its rows
DROP TABLE tags;

-- table players
ALTER TABLE players DROP CONSTRAINT fk_players_team;
ALTER TABLE players
    ADD CONSTRAINT fk_players_team FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID;
ALTER TABLE players DROP CONSTRAINT ck_players_age;
ALTER TABLE players
    ADD CONSTRAINT ck_players_age CHECK (age >= 0) NOT VALID;
DROP INDEX ix_players_level;
ALTER TABLE players DROP CONSTRAINT ck_players_level;
ALTER TABLE players DROP CONSTRAINT ck_players_cap;
CREATE UNIQUE INDEX ix_players_level ON players (level, age);
ALTER TABLE players
    ADD CONSTRAINT ck_players_level CHECK (level > 0);
ALTER TABLE players
    ADD CONSTRAINT fk_players_code FOREIGN KEY (team_id, team_code) REFERENCES teams (id, code);

-- table old_games
ALTER TABLE old_games
    ADD CONSTRAINT ck_old_games_score CHECK (score >= 0) NOT VALID;
