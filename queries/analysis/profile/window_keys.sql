-- Stages every workload once with a small integer key, as the temp table window_keys, so the window's millions of
-- hourly rows (window_hours.sql) are grouped, joined and returned by an integer rather than by an ARN of 60-100
-- characters. The first of the window's stages: window_keys.sql, window_repeated.sql, window_hours.sql.
-- No parameters.
-- Columns: workload_id, workload_key, kind, vcpu, memory_gib, desired_count
CREATE OR REPLACE TEMP TABLE window_keys AS
SELECT workload_id,
       CAST(row_number() OVER (ORDER BY workload_id) AS INTEGER) AS workload_key,
       kind,
       vcpu,
       memory_gib,
       desired_count
FROM workloads;
