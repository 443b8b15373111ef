-- table m_1_x
ALTER TABLE m DETACH PARTITION m_1_x;
DROP INDEX m_1_x_y_idx1;
DROP INDEX m_1_x_x_y_idx;
