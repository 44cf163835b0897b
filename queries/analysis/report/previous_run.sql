-- The succeeded run before a given one, for month-over-month: its window and the totals it reported.
-- $run_id: the report's run.
-- Output: run_id, window_start, window_end, monthly_spend, monthly_savings (both summed over cent-rounded rows)
WITH this AS (SELECT started_at, run_id FROM analysis_runs WHERE run_id = $run_id),
prev AS (
    SELECT r.run_id, r.window_start, r.window_end
    FROM analysis_runs r, this
    WHERE r.status = 'succeeded' AND (r.started_at, r.run_id) < (this.started_at, this.run_id)
    ORDER BY r.started_at DESC, r.run_id DESC
    LIMIT 1)
SELECT prev.run_id, prev.window_start, prev.window_end,
       CAST(COALESCE(SUM(ROUND(COALESCE(rec.current_monthly_cost, 0), 2)), 0) AS DECIMAL(18,2)) AS monthly_spend,
       CAST(COALESCE(SUM(CASE WHEN rec.family <> 'current' AND rec.monthly_cost IS NOT NULL
                         THEN ROUND(COALESCE(rec.current_monthly_cost, 0), 2) - ROUND(rec.monthly_cost, 2) ELSE 0 END), 0) AS DECIMAL(18,2)) AS monthly_savings
FROM prev LEFT JOIN recommendations rec ON rec.run_id = prev.run_id
GROUP BY prev.run_id, prev.window_start, prev.window_end;
