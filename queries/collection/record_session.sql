-- Records one `analyzer collect` run.
-- Parameters: $session_id, $started_at, $finished_at, $window_start, $window_end, $status, $accounts, $regions,
--             $failures, $paid_requests, $metrics_requested, $estimated_cost_usd.
INSERT INTO collection_sessions (
    session_id, started_at, finished_at, window_start, window_end, status, accounts, regions, failures,
    paid_requests, metrics_requested, estimated_cost_usd)
VALUES (
    $session_id, $started_at, $finished_at, $window_start, $window_end, $status, $accounts, $regions, $failures,
    $paid_requests, $metrics_requested, CAST($estimated_cost_usd AS DECIMAL(18,6)));
