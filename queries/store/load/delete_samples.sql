-- Deletes the samples the loading batch's own replace: in its source and window, of every workload it names
-- (load_workloads); delete_samples_of.sql does the same for a workload that only has samples in the batch.
-- Runs in the load's transaction after apply_inventory.sql and before SampleLoader appends the samples, and only when
-- samples_replaced_exist.sql finds some. The source and window are bound, not read from load_params: as constants
-- they filter the table's scan itself (and skip row groups outside the window), where subqueries became joins over
-- every row, about twice the CPU.
-- Parameters: $source, $window_start, $window_end.
DELETE FROM utilization_hourly
WHERE source = $source
  AND hour >= $window_start
  AND hour < $window_end
  AND workload_id IN (SELECT workload_id FROM load_workloads);
