-- Recommendations that appeared or went away between two runs. A resolved recommendation's savings count as
-- realized when the workload is still analyzed and its current cost fell; by no more than was offered.
-- $run_id: the report's run. $previous_run_id: the run before it.
-- Output: change ('new' | 'resolved'), workload_id, name, account_id, family, monthly_savings, realized_savings
WITH cur AS (SELECT * FROM recommendations WHERE run_id = $run_id),
prev AS (SELECT * FROM recommendations WHERE run_id = $previous_run_id),
cur_rec AS (SELECT * FROM cur WHERE family <> 'current'),
prev_rec AS (SELECT * FROM prev WHERE family <> 'current')
SELECT 'new' AS change, c.workload_id, w.name, w.account_id, c.family,
       CAST(ROUND(COALESCE(c.current_monthly_cost, 0), 2) - ROUND(COALESCE(c.monthly_cost, 0), 2) AS DECIMAL(18,2)) AS monthly_savings,
       CAST(0 AS DECIMAL(18,2)) AS realized_savings
FROM cur_rec c JOIN workloads w USING (workload_id)
WHERE NOT EXISTS (SELECT 1 FROM prev_rec p WHERE p.workload_id = c.workload_id)
UNION ALL
SELECT 'resolved', p.workload_id, w.name, w.account_id, p.family,
       CAST(ROUND(COALESCE(p.current_monthly_cost, 0), 2) - ROUND(COALESCE(p.monthly_cost, 0), 2) AS DECIMAL(18,2)),
       CAST(CASE WHEN c.workload_id IS NULL THEN 0
            ELSE GREATEST(0, LEAST(ROUND(COALESCE(p.current_monthly_cost, 0), 2) - ROUND(COALESCE(p.monthly_cost, 0), 2),
                                   ROUND(COALESCE(p.current_monthly_cost, 0), 2) - ROUND(COALESCE(c.current_monthly_cost, 0), 2))) END AS DECIMAL(18,2))
FROM prev_rec p JOIN workloads w USING (workload_id)
LEFT JOIN cur c ON c.workload_id = p.workload_id
WHERE NOT EXISTS (SELECT 1 FROM cur_rec r WHERE r.workload_id = p.workload_id)
ORDER BY 1, 6 DESC, 2;
