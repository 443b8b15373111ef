-- domain qty
-- HAZARD: domain qty becomes NOT NULL: fails if a column of it holds NULLs
ALTER DOMAIN qty DROP DEFAULT;
ALTER DOMAIN qty SET NOT NULL;

-- domain label
COMMENT ON DOMAIN label IS NULL;
ALTER DOMAIN label SET DEFAULT 'none';
ALTER DOMAIN label DROP NOT NULL;
