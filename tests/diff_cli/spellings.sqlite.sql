-- the same schema as spellings.sqlite.sch, written by hand for SQLite: the
-- defaults, the check and the index predicate spelled otherwise. The types
-- and NOT NULL are as the .sch declares them: on SQLite a type is its
-- declared text and NOT NULL is as written (docs/sqlite.md), so another
-- spelling of those would be a change
CREATE TABLE t (
    id integer,
    a varchar(10) DEFAULT ('x'),
    b timestamptz DEFAULT CURRENT_TIMESTAMP,
    c integer,
    d bool DEFAULT (false),
    CONSTRAINT t_pkey PRIMARY KEY (id),
    CHECK ((c > 0))
);
CREATE INDEX t_lower_a ON t (lower(a)) WHERE ((c > 0) AND (d IS NOT TRUE));
