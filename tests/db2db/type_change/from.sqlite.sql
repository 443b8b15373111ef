CREATE TABLE products (
  id INTEGER NOT NULL PRIMARY KEY,
  sku VARCHAR(20) NOT NULL,
  name VARCHAR(50),
  price DECIMAL(10,2) DEFAULT 0.00,
  stock SMALLINT,
  weight REAL,
  released DATETIME,
  code CHAR(4)
);
