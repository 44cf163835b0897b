-- Purpose: a run's monthly spend and savings per value of a tag (the team tag by default); untagged workloads together.
-- Parameters: $run_id VARCHAR (default: the latest succeeded run), $tag VARCHAR (default 'team').
-- Output: tag_value, workloads, current_monthly_cost, recommended_monthly_cost, monthly_savings.
WITH run AS (
    SELECT run_id FROM analysis_runs
    WHERE status = 'succeeded' AND (CAST($run_id AS VARCHAR) IS NULL OR run_id = CAST($run_id AS VARCHAR))
    ORDER BY started_at DESC, run_id DESC
    LIMIT 1
),
rows AS (
    SELECT COALESCE(list_extract(map_extract(w.tags, COALESCE(CAST($tag AS VARCHAR), 'team')), 1), '(untagged)') AS tag_value,
           COALESCE(r.current_monthly_cost, 0) AS current_cost,
           CASE WHEN r.family <> 'current' AND r.monthly_cost IS NOT NULL THEN r.monthly_cost ELSE COALESCE(r.current_monthly_cost, 0) END AS recommended_cost
    FROM run
    JOIN recommendations r ON r.run_id = run.run_id
    JOIN workloads w ON w.workload_id = r.workload_id
)
SELECT tag_value, COUNT(*) AS workloads,
       CAST(SUM(ROUND(current_cost, 2)) AS DECIMAL(18,2)) AS current_monthly_cost,
       CAST(SUM(ROUND(recommended_cost, 2)) AS DECIMAL(18,2)) AS recommended_monthly_cost,
       CAST(SUM(ROUND(current_cost, 2)) - SUM(ROUND(recommended_cost, 2)) AS DECIMAL(18,2)) AS monthly_savings
FROM rows
GROUP BY tag_value
ORDER BY current_monthly_cost DESC, tag_value;
