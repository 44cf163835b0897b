-- Every workload a run analyzed, with its configuration, tags, profile and recommendation.
-- $run_id: the run.
-- Output: workload_id, name, account_id, region, kind, instance_type, vcpu, memory_gib, architecture, purchase_option,
--         launch_type, desired_count, lambda_memory_mb, tags, running_count_mean, cpu_p95_pct, memory_p95_pct,
--         has_memory_metric, hours_observed, coverage_pct, current_monthly_cost, option, family, reason,
--         current_min_units, current_max_units, current_avg_units, billed_monthly_cost, platform, tenancy
-- current_*_units: the whole units the workload ran in an hour today (fewest, most) and their average.
-- cpu_p95_pct is the p95 of the hourly AVERAGE over the run's window, the utilization people read; the engine sizes
-- from hourly maxima (workload_profiles), which would make the fleet look busier than it is.
WITH run AS (
    SELECT window_start, window_end FROM analysis_runs WHERE run_id = $run_id
),
cpu AS (
    SELECT u.workload_id, quantile_cont(u.cpu_avg_pct, 0.95) AS cpu_p95_pct
    FROM utilization_hourly u, run
    WHERE u.hour >= run.window_start AND u.hour < run.window_end AND u.cpu_avg_pct IS NOT NULL
    GROUP BY u.workload_id
)
SELECT w.workload_id, w.name, w.account_id, w.region, w.kind, w.instance_type, w.vcpu, w.memory_gib, w.architecture,
       w.purchase_option, w.launch_type, w.desired_count, w.lambda_memory_mb, w.tags,
       p.running_count_mean,
       CASE WHEN w.kind <> 'lambda_function' THEN cpu.cpu_p95_pct END AS cpu_p95_pct,
       CASE WHEN p.configured_memory_gib > 0 AND p.has_memory_metric THEN 100 * p.memory_p95_gib / p.configured_memory_gib END AS memory_p95_pct,
       p.has_memory_metric, p.hours_observed, p.coverage_pct,
       rec.current_monthly_cost, rec.option, rec.family, rec.reason,
       cur.target_min_units AS current_min_units, cur.target_max_units AS current_max_units,
       cur.target_avg_units AS current_avg_units, rec.billed_monthly_cost,
       COALESCE(w.platform, 'Linux/UNIX') AS platform, COALESCE(w.tenancy, 'default') AS tenancy
FROM recommendations rec
JOIN workloads w ON w.workload_id = rec.workload_id
LEFT JOIN workload_profiles p ON p.run_id = rec.run_id AND p.workload_id = rec.workload_id
LEFT JOIN cpu ON cpu.workload_id = rec.workload_id
LEFT JOIN workload_options cur ON cur.run_id = rec.run_id AND cur.workload_id = rec.workload_id AND cur.option = 'current'
WHERE rec.run_id = $run_id
ORDER BY w.workload_id;
