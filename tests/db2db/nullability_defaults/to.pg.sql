CREATE TABLE accounts (
    id serial PRIMARY KEY,
    name character varying(80) NOT NULL,
    kind character varying(10) DEFAULT 'premium'::character varying,
    note text,
    created_at timestamp without time zone DEFAULT now(),
    updated_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    balance integer NOT NULL,
    active boolean DEFAULT false NOT NULL
);
