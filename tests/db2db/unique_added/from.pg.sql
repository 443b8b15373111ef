CREATE TABLE members (
    id serial PRIMARY KEY,
    email character varying(255) NOT NULL,
    org_id integer NOT NULL,
    handle varchar(40),
    phone text
);
