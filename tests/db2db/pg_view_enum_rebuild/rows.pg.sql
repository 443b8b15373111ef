INSERT INTO invoices VALUES (1, 'new', 10.00), (2, 'paid', 20.00), (3, 'new', 1.50);
