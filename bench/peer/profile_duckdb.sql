-- The pandas peer's statistics (profile_pandas.py) as one DuckDB query over the store's own table: what DuckDB itself
-- does for the same work, the yardstick for "close to what DuckDB can do". Same steps as the script: an hour's rows
-- merged (several sources), then per workload hours observed, mean and p50 of the hourly average CPU, p90/p95/p99/p99.5
-- and max of the hourly peak, p95 and max of memory, active hours, in vCPUs and GiB of the inventory's size.
-- $window_start TIMESTAMP, $window_end TIMESTAMP: the half-open window. $idle_threshold_pct DOUBLE.
WITH hourly AS (
    SELECT workload_id, hour,
           avg(cpu_avg_pct)                      AS cpu_avg_pct,
           max(coalesce(cpu_max_pct, cpu_avg_pct)) AS cpu_peak_pct,
           max(coalesce(mem_max_pct, mem_avg_pct)) AS mem_peak_pct
    FROM utilization_hourly
    WHERE hour >= $window_start AND hour < $window_end
    GROUP BY workload_id, hour
), profile AS (
    SELECT workload_id,
           count(*)                                                   AS hours_observed,
           avg(cpu_avg_pct)                                           AS cpu_mean_pct,
           quantile_cont(cpu_avg_pct, 0.5)                            AS cpu_p50_pct,
           quantile_cont(cpu_peak_pct, [0.90, 0.95, 0.99, 0.995])     AS cpu_peak_q,
           max(cpu_peak_pct)                                          AS cpu_max_pct,
           quantile_cont(mem_peak_pct, 0.95)                          AS mem_p95_pct,
           max(mem_peak_pct)                                          AS mem_max_pct,
           count(*) FILTER (WHERE coalesce(cpu_avg_pct, cpu_peak_pct, 0) > $idle_threshold_pct) AS active_hours
    FROM hourly
    GROUP BY workload_id
)
SELECT p.workload_id, p.hours_observed, p.active_hours,
       p.cpu_mean_pct * w.vcpu / 100   AS cpu_mean_vcpu,
       p.cpu_p50_pct * w.vcpu / 100    AS cpu_p50_vcpu,
       p.cpu_peak_q[1] * w.vcpu / 100  AS cpu_p90_vcpu,
       p.cpu_peak_q[2] * w.vcpu / 100  AS cpu_p95_vcpu,
       p.cpu_peak_q[3] * w.vcpu / 100  AS cpu_p99_vcpu,
       p.cpu_peak_q[4] * w.vcpu / 100  AS cpu_p995_vcpu,
       p.cpu_max_pct * w.vcpu / 100    AS cpu_max_vcpu,
       p.mem_p95_pct * w.memory_gib / 100 AS memory_p95_gib,
       p.mem_max_pct * w.memory_gib / 100 AS memory_max_gib
FROM profile p
LEFT JOIN workloads w USING (workload_id)
