-- Purpose: every option a run priced for one workload that it did not recommend, and why (infeasible, over the risk
-- appetite, saves too little, or another saves more).
-- Parameters: $workload_id VARCHAR (required), $run_id VARCHAR (default: the latest succeeded run).
-- Output: option, family, feasible, monthly_cost, monthly_savings, risk, effort, confidence, reason, chosen_option.
WITH run AS (
    SELECT run_id FROM analysis_runs
    WHERE status = 'succeeded' AND (CAST($run_id AS VARCHAR) IS NULL OR run_id = CAST($run_id AS VARCHAR))
    ORDER BY started_at DESC, run_id DESC
    LIMIT 1
)
SELECT o.option, o.family, o.feasible, round(o.monthly_cost, 2) AS monthly_cost, round(o.monthly_savings, 2) AS monthly_savings,
       o.risk, o.effort, o.confidence,
       COALESCE(o.reason, CASE WHEN o.feasible THEN 'feasible; not chosen: ' || r.reason END) AS reason,
       r.option AS chosen_option
FROM run
JOIN workload_options o ON o.run_id = run.run_id
JOIN recommendations r ON r.run_id = o.run_id AND r.workload_id = o.workload_id
WHERE o.workload_id = CAST($workload_id AS VARCHAR) AND o.option <> r.option
ORDER BY o.feasible DESC, o.monthly_savings DESC NULLS LAST, o.option;
