-- Spot and Fargate Spot prices older than the run's maximum age, per kind of price: the newest date a price of that
-- kind is known at (not after the window's end), and how many workloads' priced Spot options rest on it.
-- $run_id: the run. $max_age_days INTEGER: the settings' spotPriceMaxAgeDays.
-- Output: kind ('EC2 Spot' or 'Fargate Spot'), as_of, age_days, workloads
WITH run AS (
    SELECT CAST(window_end AS DATE) AS at FROM analysis_runs WHERE run_id = $run_id
),
newest AS (
    SELECT 'EC2 Spot' AS kind, 'ec2-spot' AS family, max(p.as_of) AS as_of
    FROM prices_ec2 p, run WHERE p.capacity = 'spot' AND p.as_of <= run.at
    UNION ALL
    SELECT 'Fargate Spot', 'fargate-spot', max(p.as_of)
    FROM prices_fargate p, run WHERE p.capacity = 'spot' AND p.as_of <= run.at
)
SELECT n.kind, n.as_of, CAST(datediff('day', n.as_of, run.at) AS INTEGER) AS age_days,
       (SELECT count(DISTINCT o.workload_id) FROM workload_options o
        WHERE o.run_id = $run_id AND o.family = n.family AND o.monthly_cost IS NOT NULL) AS workloads
FROM newest n, run
WHERE n.as_of IS NOT NULL AND datediff('day', n.as_of, run.at) > CAST($max_age_days AS INTEGER)
ORDER BY n.kind;
