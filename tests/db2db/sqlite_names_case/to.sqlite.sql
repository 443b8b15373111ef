CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
CREATE INDEX ix_users_email ON users (email);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INT REFERENCES users (id), title TEXT NOT NULL DEFAULT '');
