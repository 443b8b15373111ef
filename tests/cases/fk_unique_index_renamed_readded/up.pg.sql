-- table q
-- re-created: references p (code), whose key changes
ALTER TABLE q DROP CONSTRAINT fk_q_p;

-- table p
DROP INDEX ux_p_code;
CREATE UNIQUE INDEX ux_p_code ON p ((lower(code)));
CREATE UNIQUE INDEX ux_p_code_new ON p (code);

-- table q
-- re-created: references p (code), whose key changes
ALTER TABLE q
    ADD CONSTRAINT fk_q_p FOREIGN KEY (code) REFERENCES p (code);
