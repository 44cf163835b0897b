-- Appends the loading batch's samples to utilization_hourly, in the load's transaction, in the order they arrive
-- (SampleLoader: the rows are SampleFeed's, read through the analyzer_feed table function; apply_inventory.sql has
-- deleted the rows they replace). One statement takes every sample up to a workload the batch does not name.
-- Parameters: $feed (the feed's key), $source (the batch's source).
INSERT INTO utilization_hourly (
    workload_id, hour, cpu_avg_pct, cpu_max_pct, mem_avg_pct, mem_max_pct, net_in_bytes, net_out_bytes,
    running_count, invocations, duration_avg_ms, duration_p99_ms, concurrency_max, source)
SELECT
    workload_id, hour, cpu_avg_pct, cpu_max_pct, mem_avg_pct, mem_max_pct, net_in_bytes, net_out_bytes,
    running_count, invocations, duration_avg_ms, duration_p99_ms, concurrency_max, CAST($source AS VARCHAR)
FROM analyzer_feed($feed);
