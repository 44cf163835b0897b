-- History: the inventory the run analysed, one folder per account (account_id is the Hive partition, not a column
-- of the files). No bound parameters; writes to getvariable('history_path'). Columns: workloads' columns.
COPY (SELECT * FROM workloads ORDER BY account_id, workload_id)
TO (getvariable('history_path')) (FORMAT parquet, PARTITION_BY (account_id));
