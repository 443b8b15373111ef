-- table m_1
-- m_1_custom is attached to ix_m_x by its CREATE INDEX below (a partition's index that matches is taken, not copied)

-- table m
CREATE INDEX ix_m_x ON m (x);
