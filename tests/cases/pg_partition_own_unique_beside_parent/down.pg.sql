-- table m_3
-- HAZARD: drops table m_3 and all its rows
DROP TABLE m_3;

-- table m_2
ALTER TABLE m_2 DROP CONSTRAINT m_2_own_code;

-- table labels
-- re-created: references m_1 (code, id), whose key changes
ALTER TABLE labels DROP CONSTRAINT fk_labels_m_1;

-- table m_1
-- re-created: the unique key uq_m_code that m gains would take it as its copy
ALTER TABLE m_1 DROP CONSTRAINT m_1_own_code;

-- table m
ALTER TABLE m DROP CONSTRAINT uq_m_code;

-- table m_1
-- re-created: the unique key uq_m_code that m gains would take it as its copy
ALTER TABLE m_1
    ADD CONSTRAINT m_1_own_code UNIQUE (code, id);

-- table labels
-- re-created: references m_1 (code, id), whose key changes
ALTER TABLE labels
    ADD CONSTRAINT fk_labels_m_1 FOREIGN KEY (m_code, m_id) REFERENCES m_1 (code, id);
