-- Deletes one workload's samples in the loading batch's source and window: a workload the batch has samples for but
-- does not name, deleted when SampleLoader meets its first sample (so before any of its new rows are appended).
-- The source and window are bound as delete_samples.sql's are, so they filter the scan itself.
-- Parameters: $workload_id, $source, $window_start, $window_end.
DELETE FROM utilization_hourly
WHERE source = $source
  AND hour >= $window_start
  AND hour < $window_end
  AND workload_id = $workload_id;
