-- Records one account/region/source a collection could not collect, as a failed collection run.
-- Parameters: $run_id, $source, $account_id, $region, $window_start, $window_end, $at (TIMESTAMP), $error,
--             $error_code, $missing_iam_action.
INSERT INTO collection_runs (
    run_id, source, account_id, region, window_start, window_end, started_at, finished_at, status, error,
    error_code, missing_iam_action)
VALUES (
    $run_id, $source, $account_id, $region, $window_start, $window_end, $at, $at, 'failed', $error,
    $error_code, $missing_iam_action);
