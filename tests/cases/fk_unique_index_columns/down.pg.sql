-- table v
-- re-created: references u (code), whose key changes
ALTER TABLE v DROP CONSTRAINT fk_v_u;

-- table u
DROP INDEX ux_u_code;
ALTER TABLE u ALTER COLUMN note TYPE text;
ALTER TABLE u
    ADD CONSTRAINT uq_u_code UNIQUE (code);

-- table v
-- re-created: references u (code), whose key changes
ALTER TABLE v
    ADD CONSTRAINT fk_v_u FOREIGN KEY (u_code) REFERENCES u (code);

-- table s
-- re-created: references r (a, b), whose key changes
ALTER TABLE s DROP CONSTRAINT fk_s_r;

-- table r
DROP INDEX ux_r_ba;
CREATE UNIQUE INDEX ux_r_ba ON r (a, b);

-- table s
-- re-created: references r (a, b), whose key changes
ALTER TABLE s
    ADD CONSTRAINT fk_s_r FOREIGN KEY (a, b) REFERENCES r (a, b);

-- table q
ALTER TABLE q DROP CONSTRAINT fk_q_p;

-- table p
DROP INDEX ux_p_code;
CREATE UNIQUE INDEX ux_p_code ON p (code);

-- table q
ALTER TABLE q
    ADD CONSTRAINT fk_q_p FOREIGN KEY (code) REFERENCES p (code);
