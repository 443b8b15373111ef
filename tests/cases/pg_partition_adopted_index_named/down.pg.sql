-- table m
DROP INDEX ix_m_x;

-- table m_1
CREATE INDEX m_1_custom ON m_1 (x);
