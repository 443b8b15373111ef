-- domain money_cents
ALTER DOMAIN money_cents DROP CONSTRAINT below_limit;
ALTER DOMAIN money_cents DROP CONSTRAINT positive;
ALTER DOMAIN money_cents ADD CONSTRAINT positive CHECK (value >= 0);
