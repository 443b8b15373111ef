CREATE TABLE orders (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  status VARCHAR(9) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'shipped', 'delivered')),
  placed_at DATETIME DEFAULT CURRENT_TIMESTAMP
);
