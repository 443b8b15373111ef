-- table m
DROP INDEX ix_m_x;

-- table m_1
CREATE INDEX m1_x_own ON m_1 (x);
