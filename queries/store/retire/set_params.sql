-- The source whose workloads are retired, read by apply.sql.
-- Parameters: $source.
INSERT INTO retire_params VALUES ($source);
