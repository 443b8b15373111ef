-- domain money_cents
-- HAZARD: domain money_cents gets check positive (value >= 0): fails if a column of the domain holds a value that violates it (add it `not valid`, fix the rows, then validate)
ALTER DOMAIN money_cents DROP CONSTRAINT below_limit;
ALTER DOMAIN money_cents DROP CONSTRAINT positive;
ALTER DOMAIN money_cents ADD CONSTRAINT positive CHECK (value >= 0);
