-- Analyzer history: every option each run priced per workload, feasible or not.
-- Files: s3://BUCKET/PREFIX/shards/tables/workload_options/period=YYYY-MM-DD/account_id=NNNNNNNNNNNN/data_0.parquet, written by `analyzer run --merge`
-- (docs/history.md). Replace BUCKET and PREFIX; after each merge, `MSCK REPAIR TABLE analyzer.workload_options` (or a Glue crawler)
-- adds the new partitions.
-- Columns are the store's workload_options columns (queries/schema); a test checks them.
CREATE EXTERNAL TABLE IF NOT EXISTS analyzer.workload_options (
    `run_id` string,
    `workload_id` string,
    `option` string,
    `family` string,
    `monthly_cost` decimal(18,6),
    `monthly_savings` decimal(18,6),
    `feasible` boolean,
    `reason` string,
    `risk` string,
    `effort` string,
    `confidence` string,
    `fixes_under_provisioning` boolean,
    `target_instance_type` string,
    `target_architecture` string,
    `target_vcpu` double,
    `target_memory_gib` double,
    `target_lambda_memory_mb` int,
    `target_capacity` string,
    `target_monthly_hours` double,
    `target_avg_units` double,
    `detail_json` string,
    `target_min_units` int,
    `target_max_units` int
)
PARTITIONED BY (`period` string, `account_id` string)
STORED AS PARQUET
LOCATION 's3://BUCKET/PREFIX/shards/tables/workload_options/';
