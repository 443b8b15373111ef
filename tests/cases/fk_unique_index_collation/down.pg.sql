-- table q
-- re-created: references p (code), whose key changes
ALTER TABLE q DROP CONSTRAINT fk_q_p;

-- collation ci
-- HAZARD: collation ci is re-created with another definition: the columns that use it are rewritten and their indexes rebuilt, and values that were distinct may compare equal
CREATE COLLATION ci_schemac (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
DROP INDEX ux_p_code;
DROP COLLATION ci;
ALTER COLLATION ci_schemac RENAME TO ci;
CREATE UNIQUE INDEX ux_p_code ON p (code COLLATE ci);

-- table q
-- re-created: references p (code), whose key changes
ALTER TABLE q
    ADD CONSTRAINT fk_q_p FOREIGN KEY (code) REFERENCES p (code) NOT VALID;
COMMENT ON CONSTRAINT fk_q_p ON q IS 'old';
