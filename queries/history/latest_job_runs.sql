-- The latest job runs, newest first (rows started in the same instant: the one written last first).
-- Parameters: $limit.
-- Output: job_run_id, job, trigger, started_at, finished_at, outcome, error, analysis_run_id, collection_failures,
--         data_quality_issues, monthly_spend_analyzed, monthly_savings, output_directory.
SELECT job_run_id, job, trigger, started_at, finished_at, outcome, error, analysis_run_id, collection_failures,
       data_quality_issues, monthly_spend_analyzed, monthly_savings, output_directory
FROM job_runs
ORDER BY started_at DESC, rowid DESC
LIMIT $limit;
