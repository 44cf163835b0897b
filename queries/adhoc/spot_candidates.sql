-- Purpose: workloads with a feasible Spot option (EC2 Spot or Fargate Spot) that the run did not choose, and why not.
-- Parameters: $run_id VARCHAR (default: the latest succeeded run).
-- Output: workload_id, name, kind, spot_option, spot_monthly_cost, spot_monthly_savings, spot_risk, chosen_option,
--         chosen_monthly_savings, why_not.
WITH run AS (
    SELECT run_id FROM analysis_runs
    WHERE status = 'succeeded' AND (CAST($run_id AS VARCHAR) IS NULL OR run_id = CAST($run_id AS VARCHAR))
    ORDER BY started_at DESC, run_id DESC
    LIMIT 1
)
SELECT w.workload_id, w.name, w.kind, o.option AS spot_option, round(o.monthly_cost, 2) AS spot_monthly_cost,
       round(o.monthly_savings, 2) AS spot_monthly_savings, o.risk AS spot_risk, r.option AS chosen_option,
       round(r.monthly_savings, 2) AS chosen_monthly_savings, r.reason AS why_not
FROM run
JOIN workload_options o ON o.run_id = run.run_id
JOIN recommendations r ON r.run_id = o.run_id AND r.workload_id = o.workload_id
JOIN workloads w ON w.workload_id = o.workload_id
WHERE o.family IN ('ec2-spot', 'fargate-spot') AND o.feasible AND r.family NOT IN ('ec2-spot', 'fargate-spot')
ORDER BY o.monthly_savings DESC NULLS LAST, w.workload_id, o.option;
