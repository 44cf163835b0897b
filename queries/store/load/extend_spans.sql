-- Widens the stored spans of the workloads whose samples the batch appended (load_spans, one row per workload, the
-- first and last hour it appended) to hold them; insert_spans.sql adds the workloads without one. Runs in the load's
-- transaction after SampleLoader has appended every sample. Parameters: $source.
UPDATE sample_spans AS s
SET first_hour = least(s.first_hour, l.first_hour),
    last_hour = greatest(s.last_hour, l.last_hour)
FROM load_spans AS l
WHERE s.source = $source
  AND s.workload_id = l.workload_id;
