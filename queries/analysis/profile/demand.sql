-- Demand profile per workload over the lookback window, one row per workload with samples in it.
-- Peaks come from each hour's maximum (falling back to the average where a source has no maximum), as Compute
-- Optimizer samples them; the mean and p50 from hourly averages. Percent metrics become absolute units of one
-- instance or task: CPU in vCPUs, memory in GiB. Rows for the same hour from several sources are merged first.
-- $window_start TIMESTAMP, $window_end TIMESTAMP: the half-open window.
-- $idle_threshold_pct DOUBLE: an hour is active when its average CPU exceeds this (Lambda: any invocation).
-- Output: workload_id, hours_in_window, hours_observed, configured_vcpu, configured_memory_gib, cpu_mean_vcpu,
--   cpu_p50_vcpu, cpu_p90_vcpu, cpu_p95_vcpu, cpu_p99_vcpu, cpu_p995_vcpu, cpu_max_vcpu, cpu_max_pct,
--   memory_p95_gib, memory_max_gib, net_in_peak, net_out_peak, active_hours, active_runs, business_share,
--   night_share, running_count_mean, running_count_min, running_count_max, invocations_total,
--   duration_avg_ms, duration_p99_ms, concurrency_max, fleet_cpu_mean_vcpu, fleet_cpu_p90_vcpu, fleet_cpu_p95_vcpu,
--   fleet_cpu_p99_vcpu, fleet_cpu_p995_vcpu, fleet_cpu_max_vcpu, fleet_memory_max_gib
-- The fleet_ columns are for pooled workloads (asg, ecs_service), null for others: each hour's per-unit demand times
-- the units running that hour (the desired count where no running count was collected), so a fleet is sized on
-- the percentile of its hourly total rather than on one unit.
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
           w.vcpu,
           w.memory_gib,
           CASE WHEN w.kind IN ('asg', 'ecs_service') THEN coalesce(h.running_count, greatest(w.desired_count, 1)) END AS fleet_units,
           CASE WHEN w.kind = 'lambda_function' THEN coalesce(h.invocations, 0) > 0
                ELSE coalesce(h.cpu_avg_pct, h.cpu_peak_pct, 0) > CAST($idle_threshold_pct AS DOUBLE)
           END AS active
    FROM hourly h
    JOIN workloads w USING (workload_id)
),
-- Gaps and islands: consecutive active hours share hour - row_number hours.
islands AS (
    SELECT workload_id,
           hour,
           hour - to_hours(CAST(row_number() OVER (PARTITION BY workload_id ORDER BY hour) AS BIGINT)) AS island
    FROM samples
    WHERE active
),
activity AS (
    SELECT workload_id,
           count(*)                                                                            AS active_hours,
           count(DISTINCT island)                                                              AS active_runs,
           avg(CASE WHEN isodow(hour) <= 5 AND hour(hour) BETWEEN 8 AND 17 THEN 1.0 ELSE 0.0 END) AS business_share,
           avg(CASE WHEN hour(hour) >= 22 OR hour(hour) < 6 THEN 1.0 ELSE 0.0 END)                AS night_share
    FROM islands
    GROUP BY workload_id
)
SELECT s.workload_id,
       epoch(CAST($window_end AS TIMESTAMP) - CAST($window_start AS TIMESTAMP)) / 3600.0  AS hours_in_window,
       CAST(count(*) AS INTEGER)                                                         AS hours_observed,
       any_value(s.vcpu)                                                                 AS configured_vcpu,
       any_value(s.memory_gib)                                                           AS configured_memory_gib,
       avg(s.cpu_avg_pct) * any_value(s.vcpu) / 100                                      AS cpu_mean_vcpu,
       quantile_cont(s.cpu_avg_pct, 0.5) * any_value(s.vcpu) / 100                       AS cpu_p50_vcpu,
       quantile_cont(s.cpu_peak_pct, 0.90) * any_value(s.vcpu) / 100                     AS cpu_p90_vcpu,
       quantile_cont(s.cpu_peak_pct, 0.95) * any_value(s.vcpu) / 100                     AS cpu_p95_vcpu,
       quantile_cont(s.cpu_peak_pct, 0.99) * any_value(s.vcpu) / 100                     AS cpu_p99_vcpu,
       quantile_cont(s.cpu_peak_pct, 0.995) * any_value(s.vcpu) / 100                    AS cpu_p995_vcpu,
       max(s.cpu_peak_pct) * any_value(s.vcpu) / 100                                     AS cpu_max_vcpu,
       max(s.cpu_peak_pct)                                                               AS cpu_max_pct,
       quantile_cont(s.mem_peak_pct, 0.95) * any_value(s.memory_gib) / 100               AS memory_p95_gib,
       max(s.mem_peak_pct) * any_value(s.memory_gib) / 100                               AS memory_max_gib,
       max(s.net_in_bytes)                                                               AS net_in_peak,
       max(s.net_out_bytes)                                                              AS net_out_peak,
       coalesce(any_value(a.active_hours), 0)                                            AS active_hours,
       coalesce(any_value(a.active_runs), 0)                                             AS active_runs,
       any_value(a.business_share)                                                       AS business_share,
       any_value(a.night_share)                                                          AS night_share,
       avg(s.running_count)                                                              AS running_count_mean,
       min(s.running_count)                                                              AS running_count_min,
       max(s.running_count)                                                              AS running_count_max,
       sum(s.invocations)                                                                AS invocations_total,
       sum(s.invocations * s.duration_avg_ms) / nullif(sum(s.invocations), 0)            AS duration_avg_ms,
       quantile_cont(s.duration_p99_ms, 0.99)                                            AS duration_p99_ms,
       max(s.concurrency_max)                                                            AS concurrency_max,
       avg(s.cpu_avg_pct * s.fleet_units) * any_value(s.vcpu) / 100                      AS fleet_cpu_mean_vcpu,
       quantile_cont(s.cpu_peak_pct * s.fleet_units, 0.90) * any_value(s.vcpu) / 100    AS fleet_cpu_p90_vcpu,
       quantile_cont(s.cpu_peak_pct * s.fleet_units, 0.95) * any_value(s.vcpu) / 100    AS fleet_cpu_p95_vcpu,
       quantile_cont(s.cpu_peak_pct * s.fleet_units, 0.99) * any_value(s.vcpu) / 100    AS fleet_cpu_p99_vcpu,
       quantile_cont(s.cpu_peak_pct * s.fleet_units, 0.995) * any_value(s.vcpu) / 100   AS fleet_cpu_p995_vcpu,
       max(s.cpu_peak_pct * s.fleet_units) * any_value(s.vcpu) / 100                     AS fleet_cpu_max_vcpu,
       max(s.mem_peak_pct * s.fleet_units) * any_value(s.memory_gib) / 100               AS fleet_memory_max_gib
FROM samples s
LEFT JOIN activity a USING (workload_id)
GROUP BY s.workload_id
ORDER BY s.workload_id;
