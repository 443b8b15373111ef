-- table logs
ALTER TABLE logs RENAME CONSTRAINT fk_logs_job_id_jobs TO fk_logs_job_id_tasks;

-- table tasks
ALTER TABLE jobs RENAME TO jobs_schemac_tmp;

-- table jobs
ALTER TABLE tasks RENAME TO jobs;
ALTER TABLE jobs RENAME CONSTRAINT fk_tasks_job_id_jobs TO fk_jobs_job_id_tasks;

-- table tasks
ALTER TABLE jobs_schemac_tmp RENAME TO tasks;
ALTER TABLE tasks RENAME CONSTRAINT pk_jobs TO pk_jobs_schemac_tmp;

-- table jobs
ALTER TABLE jobs RENAME CONSTRAINT pk_tasks TO pk_jobs;

-- table tasks
ALTER TABLE tasks RENAME CONSTRAINT pk_jobs_schemac_tmp TO pk_tasks;
