-- table jobs
ALTER TABLE tasks RENAME TO jobs_schemac_tmp;

-- table tasks
ALTER TABLE jobs RENAME TO tasks;

-- table jobs
ALTER TABLE jobs_schemac_tmp RENAME TO jobs;
