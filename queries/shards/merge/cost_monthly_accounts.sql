-- The organisation's monthly cost per linked account is read once, from the payer account, by shard 0; should
-- several shards hold a month, keep the lowest-numbered shard's rows for it.
-- No bound parameters: the files are getvariable('shard_import_paths'), their shard from shard_files; {table} is
-- cost_monthly_accounts.
INSERT INTO {table} BY NAME
SELECT * EXCLUDE (filename, shard)
FROM (
    SELECT p.*, f.shard
    FROM read_parquet(getvariable('shard_import_paths'), filename = true, hive_partitioning = false) AS p
    JOIN shard_files AS f ON f.path = p.filename AND f.table_name = 'cost_monthly_accounts'
)
QUALIFY shard = min(shard) OVER (PARTITION BY month);
