-- Analyzer history: each run's recommendation per workload (the option chosen, its cost and savings).
-- Files: s3://BUCKET/PREFIX/shards/tables/recommendations/period=YYYY-MM-DD/account_id=NNNNNNNNNNNN/data_0.parquet, written by `analyzer run --merge`
-- (docs/history.md). Replace BUCKET and PREFIX; after each merge, `MSCK REPAIR TABLE analyzer.recommendations` (or a Glue crawler)
-- adds the new partitions.
-- Columns are the store's recommendations columns (queries/schema); a test checks them.
CREATE EXTERNAL TABLE IF NOT EXISTS analyzer.recommendations (
    `run_id` string,
    `workload_id` string,
    `option` string,
    `family` string,
    `current_monthly_cost` decimal(18,6),
    `monthly_cost` decimal(18,6),
    `monthly_savings` decimal(18,6),
    `risk` string,
    `effort` string,
    `confidence` string,
    `reason` string,
    `commitment_option` string,
    `commitment_monthly_cost` decimal(18,6),
    `commitment_monthly_savings` decimal(18,6),
    `risk_appetite` string,
    `billed_monthly_cost` decimal(18,6)
)
PARTITIONED BY (`period` string, `account_id` string)
STORED AS PARQUET
LOCATION 's3://BUCKET/PREFIX/shards/tables/recommendations/';
