-- table s
-- HAZARD: drops table s and all its rows
DROP TABLE s;

-- table r
-- HAZARD: drops table r and all its rows
DROP TABLE r;

-- table q
ALTER TABLE q DROP CONSTRAINT fk_q_p;

-- table p
DROP INDEX ux_p_code;

-- table n
ALTER TABLE n DROP CONSTRAINT fk_n_parent;
-- HAZARD: drops table n and all its rows
DROP TABLE n;
