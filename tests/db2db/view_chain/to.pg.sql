CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    amount numeric(10,2) NOT NULL,
    placed date NOT NULL
);
CREATE VIEW order_totals AS
    SELECT customer, sum(amount) AS total, count(*) AS n FROM orders GROUP BY customer;
CREATE VIEW big_customers AS
    SELECT customer, total FROM order_totals WHERE total > 100;
CREATE VIEW big_customer_names AS
    SELECT customer FROM big_customers;
CREATE VIEW report AS
    SELECT b.customer, t.total, t.n
    FROM big_customer_names b JOIN order_totals t ON t.customer = b.customer;
