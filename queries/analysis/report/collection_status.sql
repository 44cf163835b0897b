-- How each collection source fared per account and region for runs overlapping a window: the latest run of each.
-- $window_start, $window_end: TIMESTAMP, the analysis window.
-- Output: source, account_id, region, status, rows, error
SELECT source, COALESCE(account_id, '') AS account_id, COALESCE(region, '') AS region, status,
       COALESCE(rows_workloads, 0) + COALESCE(rows_samples, 0) + COALESCE(rows_cost_lines, 0) AS rows, error
FROM collection_runs
WHERE window_start < CAST($window_end AS TIMESTAMP) AND window_end > CAST($window_start AS TIMESTAMP)
QUALIFY row_number() OVER (PARTITION BY source, account_id, region ORDER BY started_at DESC) = 1
ORDER BY status = 'succeeded', source, account_id, region;
