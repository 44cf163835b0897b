-- Compute Optimizer's recommendation beside ours, per workload of a run (written by the engine, migration 0008).
-- $run_id: the run.
-- Output: workload_id, source, finding, recommended_configuration, estimated_monthly_savings, agreement, reason
SELECT workload_id, source, finding, recommended_configuration, estimated_monthly_savings, agreement, reason
FROM compute_optimizer_comparisons
WHERE run_id = $run_id
ORDER BY workload_id;
