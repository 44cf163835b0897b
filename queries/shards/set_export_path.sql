-- Names the Parquet file the next export_table writes: COPY's target is an expression read with getvariable(), so
-- the path is bound here and never spliced into SQL.
-- Parameters: $path (full local path of the .parquet file).
SET VARIABLE shard_export_path = $path;
