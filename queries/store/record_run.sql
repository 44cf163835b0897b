-- Records one collection run, succeeded or failed.
-- Parameters: $run_id, $source, $account_id, $region, $window_start, $window_end, $started_at, $finished_at,
--             $status ('succeeded' | 'failed'), $error, $rows_accounts, $rows_workloads, $rows_samples, $rows_cost_lines.
INSERT INTO collection_runs (
    run_id, source, account_id, region, window_start, window_end, started_at, finished_at, status, error,
    rows_accounts, rows_workloads, rows_samples, rows_cost_lines)
VALUES (
    $run_id, $source, $account_id, $region, $window_start, $window_end, $started_at, $finished_at, $status, $error,
    $rows_accounts, $rows_workloads, $rows_samples, $rows_cost_lines);
