-- Every shard records the regions its workloads are in: the merged store holds each region once.
-- No bound parameters: the files are getvariable('shard_import_paths'); {table} is regions.
INSERT INTO {table} (region)
SELECT DISTINCT region FROM read_parquet(getvariable('shard_import_paths'), hive_partitioning = false) ORDER BY region;
