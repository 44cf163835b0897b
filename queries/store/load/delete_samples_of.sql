-- Deletes one workload's samples in the loading batch's source and window: a workload the batch has samples for but
-- does not name, deleted when SampleLoader meets its first sample (so before any of its new rows are appended).
-- Parameters: $workload_id. The source and window are the one row of load_params.
DELETE FROM utilization_hourly
WHERE source = (SELECT source FROM load_params)
  AND hour >= (SELECT window_start FROM load_params)
  AND hour < (SELECT window_end FROM load_params)
  AND workload_id = $workload_id;
