-- sample_spans is not sharded: each source and workload's first and last hour are read again from the merged
-- utilization_hourly, in the merge's transaction, so they equal the rows whatever the shards held (as migration
-- 0023 first filled them). No bound parameters.
DELETE FROM sample_spans;

INSERT INTO sample_spans (source, workload_id, first_hour, last_hour)
SELECT source, workload_id, min(hour), max(hour)
FROM utilization_hourly
GROUP BY source, workload_id;
