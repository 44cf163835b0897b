-- Analyzer history: the inventory each run analysed (one row per workload).
-- Files: s3://BUCKET/PREFIX/shards/tables/workloads/period=YYYY-MM-DD/account_id=NNNNNNNNNNNN/data_0.parquet, written by `analyzer run --merge`
-- (docs/history.md). Replace BUCKET and PREFIX; after each merge, `MSCK REPAIR TABLE analyzer.workloads` (or a Glue crawler)
-- adds the new partitions.
-- Columns are the store's workloads columns (queries/schema); a test checks them.
CREATE EXTERNAL TABLE IF NOT EXISTS analyzer.workloads (
    `workload_id` string,
    `region` string,
    `kind` string,
    `name` string,
    `instance_type` string,
    `vcpu` double,
    `memory_gib` double,
    `architecture` string,
    `purchase_option` string,
    `launch_type` string,
    `desired_count` int,
    `lambda_memory_mb` int,
    `lambda_timeout_s` int,
    `tags` map<string,string>,
    `source` string,
    `updated_at` timestamp,
    `platform` string,
    `tenancy` string
)
PARTITIONED BY (`period` string, `account_id` string)
STORED AS PARQUET
LOCATION 's3://BUCKET/PREFIX/shards/tables/workloads/';
