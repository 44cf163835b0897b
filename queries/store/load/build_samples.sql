-- Turns the appended sample rows (workload index, hour in microseconds) into load_samples for apply.sql, in the
-- order they were appended (a list lookup, not a join, so no shuffle). No bound parameters.
CREATE OR REPLACE TEMP TABLE load_samples AS
WITH ids AS (SELECT list(workload_id ORDER BY workload_index) AS by_index FROM load_sample_ids)
SELECT
    ids.by_index[r.workload_index + 1] AS workload_id, make_timestamp(r.hour_us) AS hour,
    r.cpu_avg_pct, r.cpu_max_pct, r.mem_avg_pct, r.mem_max_pct, r.net_in_bytes, r.net_out_bytes, r.running_count,
    r.invocations, r.duration_avg_ms, r.duration_p99_ms, r.concurrency_max
FROM load_sample_rows r, ids;

DROP TABLE load_sample_rows;
DROP TABLE load_sample_ids;
