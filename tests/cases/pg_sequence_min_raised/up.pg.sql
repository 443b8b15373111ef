-- sequence fresh_no
SELECT setval('fresh_no', 3, false) FROM fresh_no WHERE last_value < 2;
ALTER SEQUENCE fresh_no INCREMENT BY 5 MINVALUE 2 MAXVALUE 1000 START WITH 3 CACHE 10 CYCLE;

-- sequence ticket_no
SELECT setval('ticket_no', 2, false) FROM ticket_no WHERE last_value < 2;
ALTER SEQUENCE ticket_no MINVALUE 2 START WITH 2;
