-- Each workload's observed demand per hour of the window, which the fleet's Savings Plan series spreads an option's
-- units over (FleetSpendSeries): running instances or tasks for Auto Scaling groups and ECS services (1 where no count
-- is reported), invocations for Lambda functions, 1 for an EC2 instance in an hour it reported.
-- $window_start TIMESTAMP, $window_end TIMESTAMP: the half-open window.
-- Output: workload_id, hour_index (0-based hours since $window_start), weight
SELECT u.workload_id,
       CAST(epoch(u.hour - CAST($window_start AS TIMESTAMP)) / 3600 AS INTEGER) AS hour_index,
       CASE w.kind
           WHEN 'lambda_function' THEN coalesce(sum(u.invocations), 0)
           WHEN 'ec2_instance' THEN 1.0
           ELSE coalesce(avg(u.running_count), 1.0)
       END                                                                    AS weight
FROM utilization_hourly u
JOIN workloads w ON w.workload_id = u.workload_id
WHERE u.hour >= CAST($window_start AS TIMESTAMP) AND u.hour < CAST($window_end AS TIMESTAMP)
GROUP BY u.workload_id, w.kind, u.hour
ORDER BY u.workload_id, hour_index;
