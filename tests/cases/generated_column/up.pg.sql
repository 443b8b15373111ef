-- table lines
ALTER TABLE lines DROP COLUMN total;
ALTER TABLE lines ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty * 2) STORED;
ALTER TABLE lines ADD COLUMN taxed numeric GENERATED ALWAYS AS (price * 1.2) STORED;
