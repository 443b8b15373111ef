-- table accounts
ALTER TABLE accounts ALTER COLUMN balance DROP DEFAULT;
-- HAZARD: accounts.name becomes NOT NULL: fails if it holds NULLs
ALTER TABLE accounts ALTER COLUMN name SET NOT NULL;
ALTER TABLE accounts ALTER COLUMN name SET DEFAULT '';
ALTER TABLE accounts ALTER COLUMN status DROP NOT NULL;
ALTER TABLE accounts ALTER COLUMN status SET DEFAULT 'active';
