-- Deletes the cost lines the loading batch's own replace: in its source and window, for its scope accounts and the
-- accounts of its lines. Runs in the load's transaction right before apply.sql inserts the batch's lines.
-- The source and window are bound, not read from load_params: as subqueries they became joins over every stored line,
-- about ten times the CPU at the bench's 10x scale (BENCHMARKS.md, session 10).
-- Parameters: $source, $window_start, $window_end.
DELETE FROM cost_daily
WHERE source = $source
  AND CAST(usage_date AS TIMESTAMP) >= $window_start
  AND CAST(usage_date AS TIMESTAMP) < $window_end
  AND account_id IN (SELECT account_id FROM load_scope_accounts UNION SELECT account_id FROM load_cost_lines);
