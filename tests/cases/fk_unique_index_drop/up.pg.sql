-- table n
ALTER TABLE n DROP CONSTRAINT fk_n_parent;
DROP INDEX ux_n_code;

-- table q
ALTER TABLE q DROP CONSTRAINT fk_q_p;

-- table p
DROP INDEX ux_p_code;

-- table s
ALTER TABLE s DROP CONSTRAINT fk_s_r;

-- table r
DROP INDEX ux_r_ba;
