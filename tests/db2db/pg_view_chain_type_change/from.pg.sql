-- A column type change under a chain of views: PostgreSQL refuses to alter
-- customers.email while a view reads it ("cannot alter type of a column used
-- by a view or rule"), so the chain that reads it is dropped before the
-- change and re-created after it, with a comment; customer_names reads the
-- same table but not that column, and is left alone.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    email character varying(50) NOT NULL,
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
