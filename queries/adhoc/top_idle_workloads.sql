-- Purpose: the idlest workloads of a run (lowest CPU maximum over its window), what they cost today and what the run recommends.
-- Parameters: $run_id VARCHAR (default: the latest succeeded run), $limit INTEGER (default 20).
-- Output: workload_id, name, account_id, region, kind, cpu_max_pct, cpu_mean_vcpu, hours_observed, current_monthly_cost,
--         recommended_option, monthly_savings.
WITH run AS (
    SELECT run_id FROM analysis_runs
    WHERE status = 'succeeded' AND (CAST($run_id AS VARCHAR) IS NULL OR run_id = CAST($run_id AS VARCHAR))
    ORDER BY started_at DESC, run_id DESC
    LIMIT 1
)
SELECT w.workload_id, w.name, w.account_id, w.region, w.kind,
       round(p.cpu_max_pct, 2) AS cpu_max_pct, round(p.cpu_mean_vcpu, 3) AS cpu_mean_vcpu, p.hours_observed,
       round(r.current_monthly_cost, 2) AS current_monthly_cost, r.option AS recommended_option, round(r.monthly_savings, 2) AS monthly_savings
FROM run
JOIN workload_profiles p ON p.run_id = run.run_id
JOIN recommendations r ON r.run_id = p.run_id AND r.workload_id = p.workload_id
JOIN workloads w ON w.workload_id = p.workload_id
WHERE p.cpu_max_pct IS NOT NULL
ORDER BY p.cpu_max_pct, r.current_monthly_cost DESC, w.workload_id
LIMIT COALESCE(TRY_CAST($limit AS INTEGER), 20);
