CREATE TABLE users (
    id serial NOT NULL,
    email character varying(255) NOT NULL,
    full_name character varying(100),
    created_at timestamp without time zone DEFAULT now(),
    bio text,
    login_count integer NOT NULL DEFAULT 0,
    status character varying(20) DEFAULT 'active'::character varying,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email)
);
CREATE TABLE posts (
    id SERIAL PRIMARY KEY,
    author_id integer NOT NULL REFERENCES users(id),
    title varchar(200) NOT NULL,
    body TEXT,
    published_at timestamp without time zone
);
