-- Each source and workload's first and last stored hour in utilization_hourly, so that a load finds the samples a
-- batch replaces by reading one row per workload instead of every sample of its window: a fleet loaded in B batches
-- of one window read about B^2/2 batches' samples for that check (BENCHMARKS.md, sessions 10 and 11).
-- Every writer of utilization_hourly keeps it equal, in its own transaction, to
--   SELECT source, workload_id, min(hour), max(hour) FROM utilization_hourly GROUP BY source, workload_id
-- (the load: SampleLoader and SampleSpans; retiring workloads: store/retire/apply.sql; a shard merge rebuilds it).
-- A span says where a workload's rows lie, not that every hour between holds one.
CREATE TABLE sample_spans (
    source      VARCHAR   NOT NULL,
    workload_id VARCHAR   NOT NULL,
    first_hour  TIMESTAMP NOT NULL, -- min(hour) of the source's rows of the workload
    last_hour   TIMESTAMP NOT NULL  -- max(hour), inclusive: the start of the last stored hour
);

INSERT INTO sample_spans (source, workload_id, first_hour, last_hour)
SELECT source, workload_id, min(hour), max(hour)
FROM utilization_hourly
GROUP BY source, workload_id;
