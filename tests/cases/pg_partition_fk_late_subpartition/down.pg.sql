-- table m_2
ALTER TABLE m_2 DROP CONSTRAINT fk_m_2_r_ref2;

-- table m_2_y
-- HAZARD: drops table m_2_y and all its rows
DROP TABLE m_2_y;

-- table m_2_x
ALTER TABLE m_2_x DROP CONSTRAINT fk_m_r_ref;
-- HAZARD: drops table m_2_x and all its rows
DROP TABLE m_2_x;

-- table m_2
-- HAZARD: drops table m_2 and all its rows
DROP TABLE m_2;
