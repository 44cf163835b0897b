-- A what-if's baseline: each workload's recommendation in the run it is compared with.
-- $run_id: the run.
-- Output: workload_id, option, family, current_monthly_cost, monthly_cost, reason
SELECT workload_id, option, family, current_monthly_cost, monthly_cost, reason
FROM recommendations
WHERE run_id = $run_id
ORDER BY workload_id;
