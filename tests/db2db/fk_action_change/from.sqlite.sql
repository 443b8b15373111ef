CREATE TABLE authors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE books (
  id INTEGER PRIMARY KEY,
  author_id INTEGER REFERENCES authors(id) ON DELETE CASCADE,
  editor_id INTEGER,
  title VARCHAR(200) NOT NULL,
  FOREIGN KEY (editor_id) REFERENCES authors (id)
);
