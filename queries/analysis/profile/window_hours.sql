-- Stages the window_hours table macro that the demand profile (demand.sql) and the hourly series (hourly.sql) read
-- over the lookback window, after window_keys.sql and window_repeated.sql:
--   window_hours(window_start, window_end, idle_threshold_pct, key_from, key_to): one row per workload (by its
--   window_keys key, from key_from to key_to inclusive: the engine reads the fleet in batches of keys) and observed
--   hour, read straight from utilization_hourly: no copy of the window is materialized (writing millions of rows
--   into a temp table cost more than reading them twice). Rows of one hour from several sources (the
--   workloads in window_repeated) are merged: averages averaged, peaks and counts maxed; every other workload's hours
--   pass through without a regrouping. Peaks fall back to the average where a source has no maximum, as Compute
--   Optimizer samples them. An hour is active when its average CPU exceeds idle_threshold_pct (Lambda: any
--   invocation).
-- No parameters (the macro takes them).
-- window_hours columns: workload_key, hour, cpu_avg_pct, cpu_peak_pct, mem_peak_pct, net_in_bytes, net_out_bytes,
--   running_count, invocations, duration_avg_ms, duration_p99_ms, concurrency_max, kind, vcpu, memory_gib,
--   fleet_units (units running that hour for pooled workloads, asg, ecs_service and eks_fargate_pod: the desired count where none was
--   collected; null for others), active.
CREATE OR REPLACE TEMP MACRO window_hours(window_start, window_end, idle_threshold_pct, key_from, key_to) AS TABLE
WITH observed AS NOT MATERIALIZED (
    SELECT k.workload_key,
           u.hour,
           u.cpu_avg_pct,
           coalesce(u.cpu_max_pct, u.cpu_avg_pct) AS cpu_peak_pct,
           coalesce(u.mem_max_pct, u.mem_avg_pct) AS mem_peak_pct,
           u.net_in_bytes,
           u.net_out_bytes,
           u.running_count,
           u.invocations,
           u.duration_avg_ms,
           u.duration_p99_ms,
           u.concurrency_max
    FROM utilization_hourly u
    JOIN (SELECT workload_id, workload_key FROM window_keys WHERE workload_key BETWEEN key_from AND key_to) k USING (workload_id)
    WHERE u.hour >= window_start AND u.hour < window_end
),
merged AS (
    SELECT o.* FROM observed o ANTI JOIN window_repeated r USING (workload_key)
    UNION ALL
    SELECT o.workload_key,
           o.hour,
           avg(o.cpu_avg_pct),
           max(o.cpu_peak_pct),
           max(o.mem_peak_pct),
           max(o.net_in_bytes),
           max(o.net_out_bytes),
           avg(o.running_count),
           max(o.invocations),
           max(o.duration_avg_ms),
           max(o.duration_p99_ms),
           max(o.concurrency_max)
    FROM observed o SEMI JOIN window_repeated r USING (workload_key)
    GROUP BY o.workload_key, o.hour
)
SELECT m.*,
       k.kind,
       k.vcpu,
       k.memory_gib,
       CASE WHEN k.kind IN ('asg', 'ecs_service', 'eks_fargate_pod') THEN coalesce(m.running_count, greatest(k.desired_count, 1)) END AS fleet_units,
       CASE WHEN k.kind = 'lambda_function' THEN coalesce(m.invocations, 0) > 0
            ELSE coalesce(m.cpu_avg_pct, m.cpu_peak_pct, 0) > CAST(idle_threshold_pct AS DOUBLE)
       END AS active
FROM merged m
JOIN window_keys k USING (workload_key);
