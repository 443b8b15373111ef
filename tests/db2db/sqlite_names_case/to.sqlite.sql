CREATE TABLE Users (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
CREATE INDEX ix_users_email ON Users (email);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INT REFERENCES Users (id), title TEXT NOT NULL DEFAULT '');
