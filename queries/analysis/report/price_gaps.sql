-- Options a run could not price, grouped by family and reason: the price gaps the data-quality section lists.
-- $run_id: the run.
-- Output: family, reason, workloads
SELECT family, COALESCE(reason, 'no rate') AS reason, COUNT(DISTINCT workload_id) AS workloads
FROM workload_options
WHERE run_id = $run_id AND monthly_cost IS NULL
GROUP BY ALL
ORDER BY workloads DESC, family, reason;
