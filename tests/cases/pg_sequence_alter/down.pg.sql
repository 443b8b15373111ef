-- table tickets
-- HAZARD: type of tickets.no changes from bigint to integer: values may not fit
ALTER TABLE tickets ALTER COLUMN no DROP DEFAULT;
ALTER TABLE tickets ALTER COLUMN no TYPE integer;
ALTER TABLE tickets ALTER COLUMN no SET DEFAULT nextval('ticket_no');

-- sequence ticket_no
ALTER SEQUENCE ticket_no AS integer INCREMENT BY 1 NO MAXVALUE NO CYCLE;
