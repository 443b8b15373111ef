CREATE TABLE t (
    id serial PRIMARY KEY,
    a character varying(10) DEFAULT 'x'::character varying,
    b timestamp without time zone DEFAULT now(),
    c numeric(8,2) DEFAULT 0,
    d integer CHECK (d > 0),
    e boolean DEFAULT false NOT NULL,
    f text DEFAULT ''::text
);
CREATE INDEX t_a_idx ON t USING btree (a);
