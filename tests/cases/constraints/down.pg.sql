-- table players
ALTER TABLE players DROP CONSTRAINT fk_players_team_id_teams;
ALTER TABLE players DROP CONSTRAINT fk_players_team_code;

-- table teams
ALTER TABLE teams DROP CONSTRAINT uq_teams_code;

-- table players
ALTER TABLE players DROP CONSTRAINT uq_players_email;
ALTER TABLE players DROP CONSTRAINT ck_players_age;
-- HAZARD: drops column players.team_code and its data
ALTER TABLE players DROP COLUMN team_code;
ALTER TABLE players
    ADD CONSTRAINT ck_players_age CHECK (age >= 0);
ALTER TABLE players
    ADD CONSTRAINT fk_players_team_id_teams FOREIGN KEY (team_id) REFERENCES teams (id);
