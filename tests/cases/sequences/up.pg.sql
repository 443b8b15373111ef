-- sequence invoice_no_seq
CREATE SEQUENCE invoice_no_seq START WITH 1000;

-- table counters
ALTER TABLE counters ADD COLUMN invoice_no bigint DEFAULT nextval('invoice_no_seq');
