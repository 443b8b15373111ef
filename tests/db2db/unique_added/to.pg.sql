CREATE TABLE members (
    id serial PRIMARY KEY,
    email character varying(255) NOT NULL UNIQUE,
    org_id integer NOT NULL,
    handle varchar(40),
    phone text,
    UNIQUE (org_id, handle),
    CONSTRAINT members_phone_uq UNIQUE (phone)
);
