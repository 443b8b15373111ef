-- table old_games
ALTER TABLE old_games DROP CONSTRAINT ck_old_games_score;

-- table players
ALTER TABLE players DROP CONSTRAINT fk_players_code;
ALTER TABLE players DROP CONSTRAINT ck_players_level;
DROP INDEX ix_players_level;
ALTER TABLE players
    ADD CONSTRAINT ck_players_cap CHECK (level < 2) NOT VALID;
ALTER TABLE players
    ADD CONSTRAINT ck_players_level CHECK (level > 0) NO INHERIT;
CREATE UNIQUE INDEX ix_players_level ON players (level, age) NULLS NOT DISTINCT;
ALTER TABLE players VALIDATE CONSTRAINT ck_players_age;
ALTER TABLE players VALIDATE CONSTRAINT fk_players_team;

-- table tags
CREATE TABLE tags (
    id        integer NOT NULL,
    label     text,
    player_id integer,
    CONSTRAINT pk_tags PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT uq_tags_label UNIQUE NULLS NOT DISTINCT (label)
);
ALTER TABLE tags
    ADD CONSTRAINT ck_tags_label CHECK (label <> '') NOT VALID;
ALTER TABLE tags
    ADD CONSTRAINT fk_tags_player_id_players FOREIGN KEY (player_id) REFERENCES players (id) MATCH FULL NOT VALID;

-- table teams
ALTER TABLE teams DROP CONSTRAINT uq_teams_code;
ALTER TABLE teams DROP CONSTRAINT uq_teams_region;
ALTER TABLE teams
    ADD CONSTRAINT uq_teams_code UNIQUE NULLS NOT DISTINCT (code);
ALTER TABLE teams
    ADD CONSTRAINT uq_teams_region UNIQUE (region) DEFERRABLE INITIALLY DEFERRED;

-- table players
ALTER TABLE players
    ADD CONSTRAINT fk_players_code FOREIGN KEY (team_id, team_code) REFERENCES teams (id, code) MATCH FULL;

-- table old_games
-- HAZARD: drops table old_games and all its rows
DROP TABLE old_games;
