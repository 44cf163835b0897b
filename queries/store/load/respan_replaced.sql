-- The spans of the workloads in load_replaced, read again from the samples delete_samples.sql left: a window that
-- covered one end of a span leaves an end that only the rows can tell; a workload with no row left gets no span.
-- Reads only those workloads' rows between replaced_bounds.sql's hours (where all their rows lie), and runs only
-- when a batch replaces stored samples. Runs after drop_replaced_spans.sql.
-- Parameters: $source, $first_hour, $last_hour.
INSERT INTO sample_spans (source, workload_id, first_hour, last_hour)
SELECT source, workload_id, min(hour), max(hour)
FROM utilization_hourly
WHERE source = $source
  AND hour >= $first_hour
  AND hour <= $last_hour
  AND workload_id IN (SELECT workload_id FROM load_replaced)
GROUP BY source, workload_id;
