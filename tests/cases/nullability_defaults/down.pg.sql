-- table accounts
-- HAZARD: accounts.status becomes NOT NULL: fails if it holds NULLs
ALTER TABLE accounts ALTER COLUMN status SET NOT NULL;
ALTER TABLE accounts ALTER COLUMN status SET DEFAULT 'new';
ALTER TABLE accounts ALTER COLUMN name DROP DEFAULT;
ALTER TABLE accounts ALTER COLUMN name DROP NOT NULL;
ALTER TABLE accounts ALTER COLUMN balance SET DEFAULT 0;
