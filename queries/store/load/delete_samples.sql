-- Deletes the stored samples the loading batch replaces: in its source and window, of the workloads find_replaced.sql
-- (or find_replaced_of.sql) put in load_replaced. Runs in the load's transaction before SampleLoader appends the
-- samples they replace, and only when load_replaced holds a workload. The values are bound, not read from temp tables:
-- as constants they filter the table's scan itself (the hours skip row groups outside them), where subqueries became
-- joins over every row (BENCHMARKS.md, session 10).
-- Parameters: $source, $window_start, $window_end, $first_hour, $last_hour (replaced_bounds.sql's).
DELETE FROM utilization_hourly
WHERE source = $source
  AND hour >= $window_start
  AND hour < $window_end
  AND hour >= $first_hour
  AND hour <= $last_hour
  AND workload_id IN (SELECT workload_id FROM load_replaced);
