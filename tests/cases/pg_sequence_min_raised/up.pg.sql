-- sequence fresh_no
SELECT setval('fresh_no', 3, false) FROM fresh_no WHERE last_value < 2;
ALTER SEQUENCE fresh_no INCREMENT BY 5 MINVALUE 2 MAXVALUE 1000 START WITH 3 CACHE 10 CYCLE;

-- sequence ticket_no
SELECT setval('ticket_no', 2, false) FROM ticket_no WHERE last_value < 2;
ALTER SEQUENCE ticket_no MINVALUE 2 START WITH 2;

-- table orders
SELECT setval(s, 5, false) FROM (SELECT pg_get_serial_sequence('orders', 'id')::regclass AS s) seq WHERE coalesce(pg_sequence_last_value(s), 0) < 5;
ALTER TABLE orders ALTER COLUMN id SET START WITH 5 SET INCREMENT BY 1 SET MINVALUE 5 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;
