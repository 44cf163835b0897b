-- Inserts every shard's rows of one table (each row is one account's, so the shards never overlap).
-- No bound parameters: the files are getvariable('shard_import_paths'); {table} is one of ShardTables.Collected.
-- Columns match by name, so a column order that differs between the file and the table does not matter; the
-- shard=i folder is not read as a column (hive_partitioning off: the store has no such column).
INSERT INTO {table} BY NAME
SELECT * FROM read_parquet(getvariable('shard_import_paths'), hive_partitioning = false);
