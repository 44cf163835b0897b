-- Completes a job run's row with how it ended.
-- Parameters: $job_run_id, $finished_at, $outcome, $error, $analysis_run_id, $collection_failures,
--             $data_quality_issues, $monthly_spend_analyzed, $monthly_savings, $output_directory.
UPDATE job_runs SET
    finished_at = $finished_at,
    outcome = $outcome,
    error = $error,
    analysis_run_id = $analysis_run_id,
    collection_failures = $collection_failures,
    data_quality_issues = $data_quality_issues,
    monthly_spend_analyzed = CAST($monthly_spend_analyzed AS DECIMAL(18,6)),
    monthly_savings = CAST($monthly_savings AS DECIMAL(18,6)),
    output_directory = $output_directory
WHERE job_run_id = $job_run_id;
