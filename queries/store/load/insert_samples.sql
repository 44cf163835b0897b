-- Inserts one temporary Parquet file of a batch's samples (SampleParquetFile) into utilization_hourly, inside the
-- load's transaction, once apply_inventory.sql (or delete_samples_of.sql) has deleted the rows they replace.
-- read_parquet reads the file's row groups on every core and DuckDB compresses the new row groups as it inserts them,
-- where DuckDB.NET's appender hands DuckDB one row at a time (BENCHMARKS.md, session 9).
-- Parameters: $path (the file), $source (the batch's source). The hour is stored as microseconds since the epoch.
INSERT INTO utilization_hourly (
    workload_id, hour, cpu_avg_pct, cpu_max_pct, mem_avg_pct, mem_max_pct, net_in_bytes, net_out_bytes,
    running_count, invocations, duration_avg_ms, duration_p99_ms, concurrency_max, source)
SELECT
    workload_id, make_timestamp(hour_us), cpu_avg_pct, cpu_max_pct, mem_avg_pct, mem_max_pct, net_in_bytes,
    net_out_bytes, running_count, invocations, duration_avg_ms, duration_p99_ms, concurrency_max, $source
FROM read_parquet($path);
