-- Analyzer history: each run's demand profile per workload (percentiles, shape, coverage).
-- Files: s3://BUCKET/PREFIX/shards/tables/workload_profiles/period=YYYY-MM-DD/account_id=NNNNNNNNNNNN/data_0.parquet, written by `analyzer run --merge`
-- (docs/history.md). Replace BUCKET and PREFIX; after each merge, `MSCK REPAIR TABLE analyzer.workload_profiles` (or a Glue crawler)
-- adds the new partitions.
-- Columns are the store's workload_profiles columns (queries/schema); a test checks them.
CREATE EXTERNAL TABLE IF NOT EXISTS analyzer.workload_profiles (
    `run_id` string,
    `workload_id` string,
    `hours_in_window` double,
    `hours_observed` int,
    `coverage_pct` double,
    `configured_vcpu` double,
    `configured_memory_gib` double,
    `cpu_mean_vcpu` double,
    `cpu_p50_vcpu` double,
    `cpu_p90_vcpu` double,
    `cpu_p95_vcpu` double,
    `cpu_p99_vcpu` double,
    `cpu_p995_vcpu` double,
    `cpu_max_vcpu` double,
    `cpu_max_pct` double,
    `has_memory_metric` boolean,
    `memory_p95_gib` double,
    `memory_max_gib` double,
    `net_in_peak_bytes_hour` double,
    `net_out_peak_bytes_hour` double,
    `active_hours_fraction` double,
    `business_hours_share` double,
    `night_share` double,
    `mean_active_run_hours` double,
    `peak_to_mean` double,
    `shape` string,
    `running_count_mean` double,
    `running_count_min` double,
    `running_count_max` double,
    `monthly_invocations` double,
    `duration_avg_ms` double,
    `duration_p99_ms` double,
    `concurrency_max` double,
    `unit_of_work_seconds` double,
    `interruption_tolerant` boolean,
    `tolerance_reason` string
)
PARTITIONED BY (`period` string, `account_id` string)
STORED AS PARQUET
LOCATION 's3://BUCKET/PREFIX/shards/tables/workload_profiles/';
