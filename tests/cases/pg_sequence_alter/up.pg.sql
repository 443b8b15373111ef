-- sequence ticket_no
ALTER SEQUENCE ticket_no AS bigint INCREMENT BY 10 MAXVALUE 1000000000000 CYCLE;

-- table tickets
ALTER TABLE tickets ALTER COLUMN no DROP DEFAULT;
ALTER TABLE tickets ALTER COLUMN no TYPE bigint;
ALTER TABLE tickets ALTER COLUMN no SET DEFAULT nextval('ticket_no');
