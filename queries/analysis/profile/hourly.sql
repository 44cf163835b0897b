-- Every observed hour of every workload over the lookback window, per unit: the series whole-unit fleets, schedules
-- and CPU-credit balances are computed from. Read from the window's hours (the window_hours macro of
-- window_hours.sql), in no order: the reader puts each workload's hours in order (sorting millions of rows here cost
-- more than the rest of the read), and names each workload from its key (window_keys.sql).
-- $window_start TIMESTAMP, $window_end TIMESTAMP: the half-open window.
-- $idle_threshold_pct DOUBLE: an hour is active when its average CPU exceeds this (Lambda: any invocation).
-- $key_from INTEGER, $key_to INTEGER: the batch of workloads read, by their window_keys keys (inclusive).
-- Output: workload_key, hour, cpu_peak_vcpu, cpu_avg_vcpu, running_units, active, weight
--   running_units: units running that hour for pooled workloads (the desired count where none was collected), else 1.
--   weight: the hour's demand the fleet's Savings Plan series (FleetSpendSeries) spreads an option's units over:
--   running instances or tasks for Auto Scaling groups and ECS services (1 where no count is reported), invocations
--   for Lambda functions, 1 for an EC2 instance in an hour it reported (one read serves the profiles and the series).
SELECT workload_key,
       hour,
       cpu_peak_pct * vcpu / 100                    AS cpu_peak_vcpu,
       cpu_avg_pct * vcpu / 100                     AS cpu_avg_vcpu,
       CAST(coalesce(fleet_units, 1) AS DOUBLE)     AS running_units,
       active,
       CAST(CASE kind
                WHEN 'lambda_function' THEN coalesce(invocations, 0)
                WHEN 'ec2_instance' THEN 1.0
                ELSE coalesce(running_count, 1.0)
            END AS DOUBLE)                          AS weight
FROM window_hours($window_start, $window_end, $idle_threshold_pct, $key_from, $key_to);
