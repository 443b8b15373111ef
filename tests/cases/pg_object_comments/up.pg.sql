-- sequence plain_seq
COMMENT ON SEQUENCE plain_seq IS 'now described';

-- sequence ticket_no
COMMENT ON SEQUENCE ticket_no IS NULL;

-- table games
CREATE TABLE games (
    id    integer NOT NULL,
    score integer,
    CONSTRAINT pk_games PRIMARY KEY (id),
    CONSTRAINT ck_games_score CHECK (score >= 0)
);
COMMENT ON CONSTRAINT ck_games_score ON games IS 'scores are positive';
ALTER TABLE games
    ADD CONSTRAINT ck_games_small CHECK (score < 1000) NOT VALID;
COMMENT ON CONSTRAINT ck_games_small ON games IS 'added after';

-- table players
ALTER TABLE players DROP CONSTRAINT ck_players_age;
ALTER TABLE players
    ADD CONSTRAINT ck_players_age CHECK (age >= 0) NOT VALID;
COMMENT ON CONSTRAINT ck_players_age ON players IS 'not checked on old rows';
COMMENT ON CONSTRAINT ck_players_age ON players IS 'not checked on old rows';

-- table teams
COMMENT ON CONSTRAINT ck_teams_code ON teams IS NULL;
COMMENT ON CONSTRAINT uq_teams_code ON teams IS 'one team per code, still';
