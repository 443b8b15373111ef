CREATE TABLE users (
    id serial,
    email varchar(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tasks (
    id bigserial PRIMARY KEY,
    owner_id integer REFERENCES users,
    title text NOT NULL
);
