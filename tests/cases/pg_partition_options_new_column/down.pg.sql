-- table m_1
ALTER TABLE m_1 ALTER COLUMN v SET DEFAULT 1;

-- table m
-- HAZARD: drops column m.v and its data
ALTER TABLE m DROP COLUMN v;
