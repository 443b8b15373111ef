CREATE TABLE teams (
    id serial PRIMARY KEY,
    name character varying(100) NOT NULL UNIQUE,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE TABLE users (
    id serial,
    email varchar(255) NOT NULL,
    team_id integer REFERENCES teams (id) ON DELETE SET NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tasks (
    id bigserial PRIMARY KEY,
    owner_id integer REFERENCES users,
    team_id integer REFERENCES teams(id),
    title text NOT NULL
);
CREATE INDEX tasks_team_id_idx ON tasks USING btree (team_id);
