SELECT 'jobs', id, title FROM jobs ORDER BY id;
SELECT 'tasks', id, job_id, note FROM tasks ORDER BY id;
SELECT 'logs', id, job_id FROM logs ORDER BY id;
