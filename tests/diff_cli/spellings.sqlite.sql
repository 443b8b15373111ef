-- the same schema as spellings.sqlite.sch, written by hand for SQLite
CREATE TABLE t (
    id integer NOT NULL,
    a character varying(10) DEFAULT ('x'),
    b timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    c integer,
    d boolean DEFAULT (false),
    CONSTRAINT t_pkey PRIMARY KEY (id),
    CHECK ((c > 0))
);
CREATE INDEX t_lower_a ON t (lower(a)) WHERE ((c > 0) AND (d IS NOT TRUE));
