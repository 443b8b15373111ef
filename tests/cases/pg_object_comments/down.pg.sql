-- table teams
COMMENT ON CONSTRAINT uq_teams_code ON teams IS 'one team per code';
COMMENT ON CONSTRAINT ck_teams_code ON teams IS 'no empty codes';

-- table players
COMMENT ON CONSTRAINT ck_players_age ON players IS NULL;
ALTER TABLE players VALIDATE CONSTRAINT ck_players_age;

-- table games
ALTER TABLE games DROP CONSTRAINT ck_games_small;
-- HAZARD: drops table games and all its rows
DROP TABLE games;

-- sequence ticket_no
COMMENT ON SEQUENCE ticket_no IS 'ticket numbers';

-- sequence plain_seq
COMMENT ON SEQUENCE plain_seq IS NULL;
