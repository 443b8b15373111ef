SELECT id, y, x_y FROM m_1_x ORDER BY id;
