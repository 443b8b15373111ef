-- table lines
ALTER TABLE lines DROP COLUMN taxed;
ALTER TABLE lines DROP COLUMN total;
ALTER TABLE lines ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) STORED;
