-- The analysis run a report is built from: the given run, or the latest succeeded one when $run_id is null.
-- $run_id: VARCHAR or null.
-- Output: run_id, started_at, settings_json, price_as_of, window_start, window_end
SELECT run_id, started_at, settings_json, price_as_of, window_start, window_end
FROM analysis_runs
WHERE status = 'succeeded' AND (CAST($run_id AS VARCHAR) IS NULL OR run_id = $run_id)
ORDER BY started_at DESC, run_id DESC
LIMIT 1;
