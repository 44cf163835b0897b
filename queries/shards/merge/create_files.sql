-- The shards' Parquet files a merge reads, appended by ShardMerge before any table is replaced.
-- No parameters. Columns: table_name, shard, path (full local path).
CREATE OR REPLACE TEMP TABLE shard_files (table_name VARCHAR NOT NULL, shard INTEGER NOT NULL, path VARCHAR NOT NULL);
