-- table r
CREATE UNIQUE INDEX ux_r_ba ON r (b, a);

-- table s
ALTER TABLE s
    ADD CONSTRAINT fk_s_r FOREIGN KEY (a, b) REFERENCES r (a, b);

-- table p
CREATE UNIQUE INDEX ux_p_code ON p (code);

-- table q
ALTER TABLE q
    ADD CONSTRAINT fk_q_p FOREIGN KEY (code) REFERENCES p (code);

-- table n
CREATE UNIQUE INDEX ux_n_code ON n (code);
ALTER TABLE n
    ADD CONSTRAINT fk_n_parent FOREIGN KEY (parent_code) REFERENCES n (code);
