-- the same checks and partial-index predicate, spaced and cased differently
CREATE TABLE t (
    id integer PRIMARY KEY,
    d integer CHECK (d > 0),
    e integer,
    s text,
    CONSTRAINT t_e_range CHECK (e >= 0 AND e <= 10),
    CONSTRAINT t_s_set CHECK (s IN ('a', 'b'))
);
CREATE INDEX t_e_partial ON t (e) WHERE e > 5;
