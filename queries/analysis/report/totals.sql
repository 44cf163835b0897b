-- A run's totals from the recommendations table, money rounded per row to cents as the report rounds it: the
-- numbers the report must agree with.
-- $run_id: the run.
-- Output: workloads, current_monthly, recommended_monthly
SELECT COUNT(*) AS workloads,
       CAST(SUM(ROUND(COALESCE(current_monthly_cost, 0), 2)) AS DECIMAL(18,2)) AS current_monthly,
       CAST(SUM(CASE WHEN family <> 'current' AND monthly_cost IS NOT NULL THEN ROUND(monthly_cost, 2)
                ELSE ROUND(COALESCE(current_monthly_cost, 0), 2) END) AS DECIMAL(18,2)) AS recommended_monthly
FROM recommendations
WHERE run_id = $run_id;
