-- Drops the spans of the workloads in load_replaced, right after delete_samples.sql; respan_replaced.sql writes
-- them again from the samples left. Parameters: $source.
DELETE FROM sample_spans
WHERE source = $source
  AND workload_id IN (SELECT workload_id FROM load_replaced);
