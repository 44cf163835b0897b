-- History: the run's recommendations, with the workload's account as the Hive partition (account_id=NNNNNNNNNNNN folders).
-- No bound parameters: the run is getvariable('history_run_id'); writes to getvariable('history_path').
-- Columns: recommendations's columns (account_id is the partition).
COPY (
    SELECT t.*, w.account_id
    FROM recommendations AS t
    JOIN workloads AS w ON w.workload_id = t.workload_id
    WHERE t.run_id = getvariable('history_run_id')
    ORDER BY w.account_id, t.workload_id
)
TO (getvariable('history_path')) (FORMAT parquet, PARTITION_BY (account_id));
