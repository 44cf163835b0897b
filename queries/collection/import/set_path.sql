-- Names the billing export an import reads: DuckDB resolves a reader's schema while planning, so the path cannot be
-- a bound parameter of the reading statement itself; it is bound here and read back with getvariable().
-- Parameters: $path (a file, or a glob such as /exports/**/*.parquet).
SET VARIABLE import_path = $path;
