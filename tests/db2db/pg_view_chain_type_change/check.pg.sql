SELECT * FROM customers ORDER BY id;
SELECT * FROM domain_counts ORDER BY domain;
SELECT * FROM customer_names ORDER BY id;
