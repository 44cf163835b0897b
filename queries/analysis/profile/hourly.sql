-- Every observed hour of every workload over the lookback window, per unit: the series whole-unit fleets, schedules
-- and CPU-credit balances are computed from. Rows for the same hour from several sources are merged as demand.sql
-- merges them.
-- $window_start TIMESTAMP, $window_end TIMESTAMP: the half-open window.
-- $idle_threshold_pct DOUBLE: an hour is active when its average CPU exceeds this (Lambda: any invocation).
-- Output: workload_id, hour, cpu_peak_vcpu, cpu_avg_vcpu, running_units, active, weight
--   running_units: units running that hour for pooled workloads (the desired count where none was collected), else 1.
--   weight: the hour's demand the fleet's Savings Plan series (FleetSpendSeries) spreads an option's units over:
--   running instances or tasks for Auto Scaling groups and ECS services (1 where no count is reported), invocations
--   for Lambda functions, 1 for an EC2 instance in an hour it reported.
WITH hourly AS (
    SELECT u.workload_id,
           u.hour,
           avg(u.cpu_avg_pct)                          AS cpu_avg_pct,
           max(coalesce(u.cpu_max_pct, u.cpu_avg_pct)) AS cpu_peak_pct,
           avg(u.running_count)                        AS running_count,
           max(u.invocations)                          AS invocations,
           sum(u.invocations)                          AS invocations_sum
    FROM utilization_hourly u
    WHERE u.hour >= CAST($window_start AS TIMESTAMP) AND u.hour < CAST($window_end AS TIMESTAMP)
    GROUP BY u.workload_id, u.hour
)
SELECT h.workload_id,
       h.hour,
       h.cpu_peak_pct * w.vcpu / 100 AS cpu_peak_vcpu,
       h.cpu_avg_pct * w.vcpu / 100  AS cpu_avg_vcpu,
       CAST(CASE WHEN w.kind IN ('asg', 'ecs_service') THEN coalesce(h.running_count, greatest(w.desired_count, 1)) ELSE 1 END AS DOUBLE) AS running_units,
       CASE WHEN w.kind = 'lambda_function' THEN coalesce(h.invocations, 0) > 0
            ELSE coalesce(h.cpu_avg_pct, h.cpu_peak_pct, 0) > CAST($idle_threshold_pct AS DOUBLE)
       END AS active,
       CAST(CASE w.kind
                WHEN 'lambda_function' THEN coalesce(h.invocations_sum, 0)
                WHEN 'ec2_instance' THEN 1.0
                ELSE coalesce(h.running_count, 1.0)
            END AS DOUBLE) AS weight
FROM hourly h
JOIN workloads w USING (workload_id)
ORDER BY h.workload_id, h.hour;
