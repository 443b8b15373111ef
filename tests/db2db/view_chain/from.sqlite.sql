-- A chain of views over views: `to` adds three views, each reading the one
-- before (and one also the first), so they are created in dependency order
-- and dropped in the reverse order.
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer text NOT NULL,
    amount REAL NOT NULL,
    placed TEXT NOT NULL
);
CREATE VIEW order_totals AS
    SELECT customer, sum(amount) AS total, count(*) AS n FROM orders GROUP BY customer;
