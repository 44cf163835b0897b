-- Records that a job run started (outcome 'running').
-- Parameters: $job_run_id, $job, $trigger, $started_at.
INSERT INTO job_runs (job_run_id, job, trigger, started_at, outcome)
VALUES ($job_run_id, $job, $trigger, $started_at, 'running');
