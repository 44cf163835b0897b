-- Units running each hour per EC2 instance or Auto Scaling group (1 where no count is reported), for the Savings
-- Plan optimizer's hourly on-demand-equivalent spend series.
-- $window_start TIMESTAMP, $window_end TIMESTAMP: the half-open window.
-- Output: workload_id, hour_index (0-based hours since $window_start), units
SELECT u.workload_id,
       CAST(epoch(u.hour - CAST($window_start AS TIMESTAMP)) / 3600 AS INTEGER) AS hour_index,
       coalesce(avg(u.running_count), 1.0)                                    AS units
FROM utilization_hourly u
JOIN workloads w ON w.workload_id = u.workload_id AND w.kind IN ('ec2_instance', 'asg')
WHERE u.hour >= CAST($window_start AS TIMESTAMP) AND u.hour < CAST($window_end AS TIMESTAMP)
GROUP BY u.workload_id, u.hour
ORDER BY hour_index, u.workload_id;
