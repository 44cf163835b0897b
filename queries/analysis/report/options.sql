-- Every priced option of a run (options without a price are data-quality gaps, see price_gaps.sql).
-- $run_id: the run.
-- Output: workload_id, option, family, monthly_cost, feasible, reason, risk, effort, confidence, target_instance_type,
--         target_architecture, target_vcpu, target_memory_gib, target_lambda_memory_mb, target_capacity,
--         target_min_units, target_max_units, target_avg_units, target_monthly_hours
SELECT workload_id, option, family, monthly_cost, feasible, reason, risk, effort, confidence, target_instance_type,
       target_architecture, target_vcpu, target_memory_gib, target_lambda_memory_mb, target_capacity,
       target_min_units, target_max_units, target_avg_units, target_monthly_hours
FROM workload_options
WHERE run_id = $run_id AND monthly_cost IS NOT NULL
ORDER BY workload_id, monthly_cost DESC, option;
