-- hand-written, the way people write PostgreSQL DDL
CREATE TABLE users (
    id serial NOT NULL,
    email character varying(255) NOT NULL,
    full_name character varying(100),
    legacy_flag boolean DEFAULT false,
    created_at timestamp without time zone DEFAULT now(),
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email)
);
CREATE TABLE posts (
    id SERIAL PRIMARY KEY,
    author_id integer NOT NULL REFERENCES users(id),
    title varchar(200) NOT NULL,
    body TEXT,
    old_rank INTEGER
);
