-- Writes one collected table of a shard as Parquet, every column as the store holds it (the merge reads it back BY
-- NAME). No bound parameters: the file is getvariable('shard_export_path'); {table} is one of ShardTables.Collected,
-- checked in code. Output: the Parquet file.
COPY (SELECT * FROM {table}) TO (getvariable('shard_export_path')) (FORMAT parquet);
