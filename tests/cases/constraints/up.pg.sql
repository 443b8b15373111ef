-- table players
ALTER TABLE players DROP CONSTRAINT fk_players_team_id_teams;
ALTER TABLE players DROP CONSTRAINT ck_players_age;
ALTER TABLE players ADD COLUMN team_code text;
ALTER TABLE players
    ADD CONSTRAINT ck_players_age CHECK (age >= 0 and age < 150);
ALTER TABLE players
    ADD CONSTRAINT uq_players_email UNIQUE (email);

-- table teams
ALTER TABLE teams
    ADD CONSTRAINT uq_teams_code UNIQUE (code);

-- table players
ALTER TABLE players
    ADD CONSTRAINT fk_players_team_code FOREIGN KEY (team_code) REFERENCES teams (code);
ALTER TABLE players
    ADD CONSTRAINT fk_players_team_id_teams FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL;
