-- Names the files of one table, every shard's, for the merge statement that follows (read with getvariable(),
-- since a reader's files are resolved while planning and cannot be a bound parameter of the reading statement).
-- Parameters: $table (one of ShardTables.Collected). Output: the variable shard_import_paths, in shard order.
SET VARIABLE shard_import_paths = (SELECT list(path ORDER BY shard) FROM shard_files WHERE table_name = $table);
