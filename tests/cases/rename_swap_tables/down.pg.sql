-- table jobs
ALTER TABLE tasks RENAME CONSTRAINT pk_tasks TO pk_jobs_schemac_tmp;

-- table tasks
ALTER TABLE jobs RENAME CONSTRAINT pk_jobs TO pk_tasks;

-- table jobs
ALTER TABLE tasks RENAME CONSTRAINT pk_jobs_schemac_tmp TO pk_jobs;
ALTER TABLE tasks RENAME TO jobs_schemac_tmp;

-- table tasks
ALTER TABLE jobs RENAME CONSTRAINT fk_jobs_job_id_tasks TO fk_tasks_job_id_jobs;
ALTER TABLE jobs RENAME TO tasks;

-- table jobs
ALTER TABLE jobs_schemac_tmp RENAME TO jobs;

-- table logs
ALTER TABLE logs RENAME CONSTRAINT fk_logs_job_id_tasks TO fk_logs_job_id_jobs;
