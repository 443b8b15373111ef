SELECT * FROM invoices ORDER BY id;
SELECT * FROM open_invoices ORDER BY id;
SELECT * FROM state_counts ORDER BY status;
