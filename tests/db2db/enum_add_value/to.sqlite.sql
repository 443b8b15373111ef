CREATE TABLE orders (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  status VARCHAR(9) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'returned')),
  placed_at DATETIME DEFAULT CURRENT_TIMESTAMP
);
