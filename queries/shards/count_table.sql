-- Rows of one sharded table, for the shard's manifest and the merge's check.
-- No bound parameters; {table} is one of ShardTables.Collected, checked in code. Output columns: rows.
SELECT count(*) AS rows FROM {table};
