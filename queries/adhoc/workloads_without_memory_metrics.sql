-- Purpose: workloads a run sized without a memory metric (memory is then never sized below today's): install the
-- CloudWatch agent on these first, biggest spend first.
-- Parameters: $run_id VARCHAR (default: the latest succeeded run).
-- Output: workload_id, name, account_id, region, kind, instance_type, memory_gib, current_monthly_cost, recommended_option.
WITH run AS (
    SELECT run_id FROM analysis_runs
    WHERE status = 'succeeded' AND (CAST($run_id AS VARCHAR) IS NULL OR run_id = CAST($run_id AS VARCHAR))
    ORDER BY started_at DESC, run_id DESC
    LIMIT 1
)
SELECT w.workload_id, w.name, w.account_id, w.region, w.kind, w.instance_type, w.memory_gib,
       round(r.current_monthly_cost, 2) AS current_monthly_cost, r.option AS recommended_option
FROM run
JOIN workload_profiles p ON p.run_id = run.run_id
JOIN recommendations r ON r.run_id = p.run_id AND r.workload_id = p.workload_id
JOIN workloads w ON w.workload_id = p.workload_id
WHERE NOT p.has_memory_metric AND w.kind <> 'lambda_function'
ORDER BY r.current_monthly_cost DESC NULLS LAST, w.workload_id;
