-- How many spans find_replaced.sql (or find_replaced_of.sql) found, and the hours their stored samples lie between:
-- the deletes and the re-span bind them so DuckDB skips the row groups outside by their hour's min/max.
-- No parameters. Output: workloads (BIGINT), first_hour, last_hour (TIMESTAMP; null when there are none).
SELECT count(*) AS workloads, min(first_hour) AS first_hour, max(last_hour) AS last_hour FROM load_replaced;
