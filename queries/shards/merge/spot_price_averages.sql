-- Spot prices are per region, not per account, and every shard that collects a region reads them: for each region
-- keep the rows of the lowest-numbered shard that has any, so the merged store holds one reading per region.
-- No bound parameters: the files are getvariable('shard_import_paths'), their shard from shard_files; {table} is
-- spot_price_averages.
INSERT INTO {table} BY NAME
SELECT * EXCLUDE (filename, shard)
FROM (
    SELECT p.*, f.shard
    FROM read_parquet(getvariable('shard_import_paths'), filename = true, hive_partitioning = false) AS p
    JOIN shard_files AS f ON f.path = p.filename AND f.table_name = 'spot_price_averages'
)
QUALIFY shard = min(shard) OVER (PARTITION BY region);
