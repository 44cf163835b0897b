-- Analyzer history: each run's Savings Plan candidates on the recommended fleet (organisation-wide, no account partition).
-- Files: s3://BUCKET/PREFIX/shards/tables/commitment_candidates/period=YYYY-MM-DD/data_0.parquet, written by `analyzer run --merge`
-- (docs/history.md). Replace BUCKET and PREFIX; after each merge, `MSCK REPAIR TABLE analyzer.commitment_candidates` (or a Glue crawler)
-- adds the new partitions.
-- Columns are the store's commitment_candidates columns (queries/schema); a test checks them.
CREATE EXTERNAL TABLE IF NOT EXISTS analyzer.commitment_candidates (
    `run_id` string,
    `plan` string,
    `term_years` int,
    `payment` string,
    `hourly_commitment` decimal(18,6),
    `upfront_usd` decimal(18,6),
    `monthly_net_savings` decimal(18,6),
    `utilization_pct` double,
    `coverage_pct` double,
    `break_even_month` int,
    `buy_now_commitment` decimal(18,6),
    `after_rightsizing_commitment` decimal(18,6),
    `max_hourly_commitment` decimal(18,6),
    `max_monthly_net_savings` decimal(18,6),
    `monthly_on_demand` decimal(18,6),
    `monthly_without_rate` decimal(18,6),
    `drop10_monthly_net_savings` decimal(18,6),
    `drop10_utilization_pct` double,
    `drop20_monthly_net_savings` decimal(18,6),
    `drop20_utilization_pct` double,
    `drop30_monthly_net_savings` decimal(18,6),
    `drop30_utilization_pct` double,
    `best` boolean
)
PARTITIONED BY (`period` string)
STORED AS PARQUET
LOCATION 's3://BUCKET/PREFIX/shards/tables/commitment_candidates/';
