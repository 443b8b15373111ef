CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  category_id INTEGER,
  name TEXT NOT NULL
);
