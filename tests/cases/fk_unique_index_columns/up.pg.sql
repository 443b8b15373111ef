-- table q
ALTER TABLE q DROP CONSTRAINT fk_q_p;

-- table p
DROP INDEX ux_p_code;
CREATE UNIQUE INDEX ux_p_code ON p (alt);

-- table q
ALTER TABLE q
    ADD CONSTRAINT fk_q_p FOREIGN KEY (code) REFERENCES p (alt);

-- table s
-- re-created: references r (a, b), whose key changes
ALTER TABLE s DROP CONSTRAINT fk_s_r;

-- table r
DROP INDEX ux_r_ba;
CREATE UNIQUE INDEX ux_r_ba ON r (b, a);

-- table s
-- re-created: references r (a, b), whose key changes
ALTER TABLE s
    ADD CONSTRAINT fk_s_r FOREIGN KEY (a, b) REFERENCES r (a, b);

-- table v
-- re-created: references u (code), whose key changes
ALTER TABLE v DROP CONSTRAINT fk_v_u;

-- table u
ALTER TABLE u DROP CONSTRAINT uq_u_code;
-- HAZARD: type of u.note changes from text to character varying(20): values may not fit
ALTER TABLE u ALTER COLUMN note TYPE character varying(20);
CREATE UNIQUE INDEX ux_u_code ON u (code);

-- table v
-- re-created: references u (code), whose key changes
ALTER TABLE v
    ADD CONSTRAINT fk_v_u FOREIGN KEY (u_code) REFERENCES u (code);
