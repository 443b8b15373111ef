SELECT q.id, p.id FROM q LEFT JOIN p USING (code) ORDER BY q.id;
