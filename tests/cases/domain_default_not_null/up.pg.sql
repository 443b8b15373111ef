-- domain label
-- HAZARD: domain label becomes NOT NULL: fails if a column of it holds NULLs
ALTER DOMAIN label SET DEFAULT 'unnamed';
ALTER DOMAIN label SET NOT NULL;
COMMENT ON DOMAIN label IS 'a short label';

-- domain qty
ALTER DOMAIN qty SET DEFAULT 0;
ALTER DOMAIN qty DROP NOT NULL;
