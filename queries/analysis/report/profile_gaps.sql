-- Data gaps in a run's profiles: workloads without memory metrics, with too few hours, or with low coverage.
-- $run_id: the run. $minimum_hours: INTEGER, hours below which no sizing is offered. $low_coverage_pct: DOUBLE.
-- Output: missing_memory, insufficient_data, low_coverage (workload counts)
SELECT COUNT(*) FILTER (WHERE NOT p.has_memory_metric AND w.kind <> 'lambda_function') AS missing_memory,
       COUNT(*) FILTER (WHERE p.hours_observed < $minimum_hours) AS insufficient_data,
       COUNT(*) FILTER (WHERE p.hours_observed >= $minimum_hours AND p.coverage_pct < $low_coverage_pct) AS low_coverage
FROM workload_profiles p JOIN workloads w USING (workload_id)
WHERE p.run_id = $run_id;
