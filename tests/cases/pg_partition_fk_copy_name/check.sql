SELECT id, customer_id, tableoid::regclass FROM m ORDER BY id; SELECT id, customer_id FROM m_2 UNION ALL SELECT id, customer_id FROM m_3 ORDER BY 1;
