-- Stages the lookback window's hours once per analysis, as the temp table window_hours, for the demand profile
-- (demand.sql) and the hourly series with the fleet commitment series' demand weights (hourly.sql) to read,
-- so the samples are merged, joined and sorted once rather than once per query.
-- One row per workload and observed hour: rows for the same hour from several sources are merged (averages
-- averaged, peaks and counts maxed); peaks fall back to the average where a source has no maximum, as Compute
-- Optimizer samples them.
-- $window_start TIMESTAMP, $window_end TIMESTAMP: the half-open window.
-- $idle_threshold_pct DOUBLE: an hour is active when its average CPU exceeds this (Lambda: any invocation).
-- Columns: workload_id, hour, kind, vcpu, memory_gib, cpu_avg_pct, cpu_peak_pct, mem_peak_pct, net_in_bytes,
--   net_out_bytes, running_count, invocations, duration_avg_ms, duration_p99_ms, concurrency_max,
--   fleet_units (units running that hour for pooled workloads, asg and ecs_service: the desired count where none
--   was collected; null for others), active, run_start (the first hour of a run of consecutive active hours).
CREATE OR REPLACE TEMP TABLE window_hours AS
WITH hourly AS (
    SELECT u.workload_id,
           u.hour,
           avg(u.cpu_avg_pct)                                  AS cpu_avg_pct,
           max(coalesce(u.cpu_max_pct, u.cpu_avg_pct))         AS cpu_peak_pct,
           max(coalesce(u.mem_max_pct, u.mem_avg_pct))         AS mem_peak_pct,
           max(u.net_in_bytes)                                 AS net_in_bytes,
           max(u.net_out_bytes)                                AS net_out_bytes,
           avg(u.running_count)                                AS running_count,
           max(u.invocations)                                  AS invocations,
           max(u.duration_avg_ms)                              AS duration_avg_ms,
           max(u.duration_p99_ms)                              AS duration_p99_ms,
           max(u.concurrency_max)                              AS concurrency_max
    FROM utilization_hourly u
    WHERE u.hour >= CAST($window_start AS TIMESTAMP) AND u.hour < CAST($window_end AS TIMESTAMP)
    GROUP BY u.workload_id, u.hour
),
samples AS (
    SELECT h.*,
           w.kind,
           w.vcpu,
           w.memory_gib,
           CASE WHEN w.kind IN ('asg', 'ecs_service') THEN coalesce(h.running_count, greatest(w.desired_count, 1)) END AS fleet_units,
           CASE WHEN w.kind = 'lambda_function' THEN coalesce(h.invocations, 0) > 0
                ELSE coalesce(h.cpu_avg_pct, h.cpu_peak_pct, 0) > CAST($idle_threshold_pct AS DOUBLE)
           END AS active
    FROM hourly h
    JOIN workloads w USING (workload_id)
)
-- A run of active hours starts at an active hour whose previous clock hour was not an observed active one.
SELECT s.*,
       s.active AND NOT coalesce(lag(s.active) OVER w AND lag(s.hour) OVER w = s.hour - INTERVAL 1 HOUR, false) AS run_start
FROM samples s
WINDOW w AS (PARTITION BY s.workload_id ORDER BY s.hour);
