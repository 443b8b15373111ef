CREATE TABLE customers (
    id integer PRIMARY KEY,
    email character varying(200) NOT NULL,
    name text
);
CREATE VIEW customer_emails AS
    SELECT id, email FROM customers;
CREATE VIEW customer_domains AS
    SELECT id, split_part(email, '@', 2) AS domain FROM customer_emails;
CREATE VIEW domain_counts AS
    SELECT domain, count(*) AS n FROM customer_domains GROUP BY domain;
CREATE VIEW customer_names AS
    SELECT id, name FROM customers;
