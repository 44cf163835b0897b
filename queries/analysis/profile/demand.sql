-- Demand profile per workload over the lookback window, one row per workload with samples in it, from the window's
-- hours (the window_hours macro of window_hours.sql: one row per workload and hour, sources merged). Peaks come from each hour's
-- maximum, as Compute Optimizer samples them; the mean and p50 from hourly averages. Percent metrics become absolute
-- units of one instance or task: CPU in vCPUs, memory in GiB.
-- $window_start TIMESTAMP, $window_end TIMESTAMP: the half-open window.
-- $idle_threshold_pct DOUBLE: an hour is active when its average CPU exceeds this (Lambda: any invocation).
-- $key_from INTEGER, $key_to INTEGER: the batch of workloads read, by their window_keys keys (inclusive).
-- Output: workload_id, hours_in_window, hours_observed, configured_vcpu, configured_memory_gib, cpu_mean_vcpu,
--   cpu_p50_vcpu, cpu_p90_vcpu, cpu_p95_vcpu, cpu_p99_vcpu, cpu_p995_vcpu, cpu_max_vcpu, cpu_max_pct,
--   memory_p95_gib, memory_max_gib, net_in_peak, net_out_peak, active_hours, business_share,
--   night_share, running_count_mean, running_count_min, running_count_max, invocations_total,
--   duration_avg_ms, duration_p99_ms, concurrency_max, fleet_cpu_mean_vcpu, fleet_cpu_p90_vcpu, fleet_cpu_p95_vcpu,
--   fleet_cpu_p99_vcpu, fleet_cpu_p995_vcpu, fleet_cpu_max_vcpu, fleet_memory_max_gib
-- The fleet_ columns are for pooled workloads (asg, ecs_service, eks_fargate_pod), null for others: each hour's per-unit demand times
-- the units running that hour (the desired count where no running count was collected), so a fleet is sized on
-- the percentile of its hourly total rather than on one unit.
-- One aggregate by the workloads' integer keys, with each series' percentiles from one list quantile_cont (one sort
-- of the series, not one per percentile). The runs of consecutive active hours are counted from the hourly series
-- (hourly.sql), which is read in hour order anyway; a window function here sorted every row a second time.
WITH stats AS (
    SELECT workload_key,
           count(*)                                                                      AS hours_observed,
           any_value(vcpu)                                                               AS vcpu,
           any_value(memory_gib)                                                         AS memory_gib,
           avg(cpu_avg_pct)                                                              AS cpu_mean_pct,
           quantile_cont(cpu_avg_pct, 0.5)                                               AS cpu_p50_pct,
           quantile_cont(cpu_peak_pct, [0.90, 0.95, 0.99, 0.995])                        AS cpu_peak_q,
           max(cpu_peak_pct)                                                             AS cpu_max_pct,
           quantile_cont(mem_peak_pct, 0.95)                                             AS mem_p95_pct,
           max(mem_peak_pct)                                                             AS mem_max_pct,
           max(net_in_bytes)                                                             AS net_in_peak,
           max(net_out_bytes)                                                            AS net_out_peak,
           count(*) FILTER (WHERE active)                                                AS active_hours,
           avg(CASE WHEN isodow(hour) <= 5 AND hour(hour) BETWEEN 8 AND 17 THEN 1.0 ELSE 0.0 END) FILTER (WHERE active) AS business_share,
           avg(CASE WHEN hour(hour) >= 22 OR hour(hour) < 6 THEN 1.0 ELSE 0.0 END) FILTER (WHERE active)                AS night_share,
           avg(running_count)                                                            AS running_count_mean,
           min(running_count)                                                            AS running_count_min,
           max(running_count)                                                            AS running_count_max,
           sum(invocations)                                                              AS invocations_total,
           sum(invocations * duration_avg_ms) / nullif(sum(invocations), 0)              AS duration_avg_ms,
           quantile_cont(duration_p99_ms, 0.99)                                          AS duration_p99_ms,
           max(concurrency_max)                                                          AS concurrency_max,
           avg(cpu_avg_pct * fleet_units)                                                AS fleet_cpu_mean_pct,
           quantile_cont(cpu_peak_pct * fleet_units, [0.90, 0.95, 0.99, 0.995])          AS fleet_cpu_peak_q,
           max(cpu_peak_pct * fleet_units)                                               AS fleet_cpu_max_pct,
           max(mem_peak_pct * fleet_units)                                               AS fleet_mem_max_pct
    FROM window_hours($window_start, $window_end, $idle_threshold_pct, $key_from, $key_to)
    GROUP BY workload_key
)
SELECT k.workload_id,
       epoch(CAST($window_end AS TIMESTAMP) - CAST($window_start AS TIMESTAMP)) / 3600.0 AS hours_in_window,
       CAST(hours_observed AS INTEGER)            AS hours_observed,
       vcpu                                       AS configured_vcpu,
       memory_gib                                 AS configured_memory_gib,
       cpu_mean_pct * vcpu / 100                  AS cpu_mean_vcpu,
       cpu_p50_pct * vcpu / 100                   AS cpu_p50_vcpu,
       cpu_peak_q[1] * vcpu / 100                 AS cpu_p90_vcpu,
       cpu_peak_q[2] * vcpu / 100                 AS cpu_p95_vcpu,
       cpu_peak_q[3] * vcpu / 100                 AS cpu_p99_vcpu,
       cpu_peak_q[4] * vcpu / 100                 AS cpu_p995_vcpu,
       cpu_max_pct * vcpu / 100                   AS cpu_max_vcpu,
       cpu_max_pct,
       mem_p95_pct * memory_gib / 100             AS memory_p95_gib,
       mem_max_pct * memory_gib / 100             AS memory_max_gib,
       net_in_peak,
       net_out_peak,
       active_hours,
       business_share,
       night_share,
       running_count_mean,
       running_count_min,
       running_count_max,
       invocations_total,
       duration_avg_ms,
       duration_p99_ms,
       concurrency_max,
       fleet_cpu_mean_pct * vcpu / 100            AS fleet_cpu_mean_vcpu,
       fleet_cpu_peak_q[1] * vcpu / 100           AS fleet_cpu_p90_vcpu,
       fleet_cpu_peak_q[2] * vcpu / 100           AS fleet_cpu_p95_vcpu,
       fleet_cpu_peak_q[3] * vcpu / 100           AS fleet_cpu_p99_vcpu,
       fleet_cpu_peak_q[4] * vcpu / 100           AS fleet_cpu_p995_vcpu,
       fleet_cpu_max_pct * vcpu / 100             AS fleet_cpu_max_vcpu,
       fleet_mem_max_pct * memory_gib / 100       AS fleet_memory_max_gib
FROM stats
JOIN (SELECT workload_key, workload_id FROM window_keys) k USING (workload_key)
ORDER BY k.workload_id;
