-- Each workload's observed demand per hour of the window, which the fleet's Savings Plan series spreads an option's
-- units over (FleetSpendSeries): running instances or tasks for Auto Scaling groups and ECS services (1 where no count
-- is reported), invocations for Lambda functions, 1 for an EC2 instance in an hour it reported.
-- Read from the window's staged hours (queries/analysis/profile/window_hours.sql: one row per workload and hour), in
-- no order: FleetSpendSeries orders each workload's hours itself.
-- $window_start TIMESTAMP, $window_end TIMESTAMP: the half-open window.
-- Output: workload_id, hour_index (0-based hours since $window_start), weight
SELECT workload_id,
       CAST(epoch(hour - CAST($window_start AS TIMESTAMP)) / 3600 AS INTEGER) AS hour_index,
       CASE kind
           WHEN 'lambda_function' THEN coalesce(invocations, 0)
           WHEN 'ec2_instance' THEN 1.0
           ELSE coalesce(running_count, 1.0)
       END                                                                  AS weight
FROM window_hours
WHERE hour < CAST($window_end AS TIMESTAMP);
