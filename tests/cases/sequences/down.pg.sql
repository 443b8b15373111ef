-- table counters
-- HAZARD: drops column counters.invoice_no and its data
ALTER TABLE counters DROP COLUMN invoice_no;

-- sequence invoice_no_seq
DROP SEQUENCE invoice_no_seq;
