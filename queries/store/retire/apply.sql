-- Removes a source's workloads that its latest full inventory no longer holds (not in retire_keep), with their
-- samples and cost lines. The demo uses it: its generator may change between releases, and a store loaded by an
-- older demo would otherwise keep workloads the new one lacks, and the analysis would count them. Their spans
-- (sample_spans) go with their samples, by the same condition, so the spans stay equal to the rows.
-- No bound parameters: the source is the one row of retire_params.
DELETE FROM utilization_hourly
WHERE source = (SELECT source FROM retire_params)
  AND workload_id NOT IN (SELECT workload_id FROM retire_keep)
  AND workload_id IN (SELECT workload_id FROM workloads WHERE source = (SELECT source FROM retire_params));

DELETE FROM sample_spans
WHERE source = (SELECT source FROM retire_params)
  AND workload_id NOT IN (SELECT workload_id FROM retire_keep)
  AND workload_id IN (SELECT workload_id FROM workloads WHERE source = (SELECT source FROM retire_params));

DELETE FROM cost_daily
WHERE source = (SELECT source FROM retire_params)
  AND resource_id IS NOT NULL
  AND resource_id NOT IN (SELECT workload_id FROM retire_keep);

DELETE FROM workloads
WHERE source = (SELECT source FROM retire_params)
  AND workload_id NOT IN (SELECT workload_id FROM retire_keep);
