-- AWS's recommendations beside ours, per workload and recommender of a run (written by the engine, migrations 0008, 0009).
-- $run_id: the run.
-- Output: workload_id, source, finding, recommended_configuration, estimated_monthly_savings, agreement, reason, recommender
SELECT workload_id, source, finding, recommended_configuration, estimated_monthly_savings, agreement, reason,
       coalesce(recommender, 'compute-optimizer') AS recommender
FROM compute_optimizer_comparisons
WHERE run_id = $run_id
ORDER BY workload_id, recommender;
