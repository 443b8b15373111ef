CREATE TABLE categories (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name VARCHAR(50) NOT NULL UNIQUE
);
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  category_id INTEGER,
  name TEXT NOT NULL,
  FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE CASCADE
);
CREATE TABLE category_tags (
  category_id INTEGER NOT NULL REFERENCES categories ON DELETE CASCADE,
  tag VARCHAR(30) NOT NULL,
  PRIMARY KEY (category_id, tag)
);
CREATE INDEX products_category_id_idx ON products (category_id);
