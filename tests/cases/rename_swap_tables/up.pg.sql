-- table tasks
ALTER TABLE jobs RENAME TO jobs_schemac_tmp;

-- table jobs
ALTER TABLE tasks RENAME TO jobs;

-- table tasks
ALTER TABLE jobs_schemac_tmp RENAME TO tasks;
