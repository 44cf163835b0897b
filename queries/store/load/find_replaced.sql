-- The spans (sample_spans) of the workloads the loading batch names, in its source, that reach into its window: the
-- workloads whose stored samples delete_samples.sql may delete. Reads one row per stored workload, not the samples:
-- a fleet loaded in batches of one window read every earlier batch's samples here before (BENCHMARKS.md, session 11).
-- A span that reaches into the window may still hold no row in it (a gap); the delete then deletes nothing.
-- Runs in the load's transaction after apply_inventory.sql, on an empty load_replaced.
-- Parameters: $source, $window_start, $window_end.
INSERT INTO load_replaced (workload_id, first_hour, last_hour)
SELECT workload_id, first_hour, last_hour
FROM sample_spans
WHERE source = $source
  AND first_hour < $window_end
  AND last_hour >= $window_start
  AND workload_id IN (SELECT workload_id FROM load_workloads);
