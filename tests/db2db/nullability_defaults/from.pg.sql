CREATE TABLE accounts (
    id serial PRIMARY KEY,
    name character varying(80),
    kind character varying(10) DEFAULT 'basic'::character varying,
    note text NOT NULL,
    created_at timestamp without time zone DEFAULT now(),
    updated_at timestamp without time zone,
    balance integer DEFAULT 0 NOT NULL,
    active boolean DEFAULT true
);
