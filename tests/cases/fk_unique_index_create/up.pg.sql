-- table n
CREATE TABLE n (
    id          integer NOT NULL,
    code        text    NOT NULL,
    parent_code text,
    CONSTRAINT pk_n PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_n_code ON n (code);
ALTER TABLE n
    ADD CONSTRAINT fk_n_parent FOREIGN KEY (parent_code) REFERENCES n (code);

-- table p
CREATE UNIQUE INDEX ux_p_code ON p (code);

-- table q
ALTER TABLE q
    ADD CONSTRAINT fk_q_p FOREIGN KEY (code) REFERENCES p (code);

-- table r
CREATE TABLE r (
    id integer NOT NULL,
    a  integer NOT NULL,
    b  integer NOT NULL,
    CONSTRAINT pk_r PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ux_r_ba ON r (b, a);

-- table s
CREATE TABLE s (
    id integer NOT NULL,
    a  integer,
    b  integer,
    CONSTRAINT pk_s PRIMARY KEY (id),
    CONSTRAINT ck_s_a CHECK (a in (1, 2)),
    CONSTRAINT fk_s_r FOREIGN KEY (a, b) REFERENCES r (a, b),
    CONSTRAINT fk_s_self FOREIGN KEY (b) REFERENCES s (id)
);
