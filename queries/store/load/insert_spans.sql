-- Adds the spans of the workloads whose samples the batch appended and that had none in its source, after
-- extend_spans.sql. Parameters: $source.
INSERT INTO sample_spans (source, workload_id, first_hour, last_hour)
SELECT $source, l.workload_id, l.first_hour, l.last_hour
FROM load_spans AS l
WHERE l.workload_id NOT IN (SELECT workload_id FROM sample_spans WHERE source = $source);
