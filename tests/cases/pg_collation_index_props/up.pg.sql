-- collation ci
-- HAZARD: collation ci is re-created with another definition: the columns that use it are rewritten and their indexes rebuilt, and values that were distinct may compare equal
CREATE COLLATION ci_schemac (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
DROP INDEX ix_codes_label;
DROP INDEX ux_codes_code;
DROP COLLATION ci;
ALTER COLLATION ci_schemac RENAME TO ci;
CREATE INDEX ix_codes_label ON codes ((lower(label)) COLLATE ci);
ALTER TABLE codes CLUSTER ON ix_codes_label;
CREATE UNIQUE INDEX ux_codes_code ON codes (code COLLATE ci);
ALTER TABLE codes REPLICA IDENTITY USING INDEX ux_codes_code;
