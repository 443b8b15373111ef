-- the same schema as spellings.sch, written the way other tools write it
-- (the constraints under the names the schema's convention gives them: names
-- are compared, spellings are what this is about)
CREATE TABLE t (
    id integer NOT NULL,
    a character varying(10) DEFAULT 'x'::character varying,
    b timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    c int4 CONSTRAINT ck_t_c CHECK ((c > 0)),
    d boolean DEFAULT (false),
    e numeric DEFAULT (-1),
    CONSTRAINT pk_t PRIMARY KEY (id)
);
CREATE INDEX t_lower_a ON t ((lower((a)::text))) WHERE ((c > 0) AND (d IS NOT TRUE));
