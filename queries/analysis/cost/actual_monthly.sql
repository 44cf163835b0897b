-- Each workload's compute cost from its own cost lines (resource_id = workload_id), scaled to a 730-hour month
-- over the days that have lines, so a workload created mid-window is not understated. EC2 compute, ECS
-- (Fargate), EKS (pods on Fargate) and Lambda only: storage and data transfer are not part of the options priced.
-- Lines come from cost_daily (CUR imports carry resource ids); a workload with no such line in the window takes
-- Cost Explorer's resource-level lines (cost_resource_daily) instead, never both, so nothing is counted twice.
-- $window_start DATE, $window_end DATE: the half-open window of usage dates.
-- Output: workload_id, monthly_usd, days
WITH billed AS (
    SELECT c.resource_id, c.usage_date, c.unblended_cost
    FROM cost_daily c
    WHERE c.resource_id IS NOT NULL
      AND c.usage_date >= CAST($window_start AS DATE) AND c.usage_date < CAST($window_end AS DATE)
      AND c.service IN ('Amazon Elastic Compute Cloud - Compute', 'Amazon Elastic Container Service',
                        'Amazon Elastic Container Service for Kubernetes', 'AWS Lambda')
),
lines AS (
    SELECT resource_id, usage_date, unblended_cost FROM billed
    UNION ALL
    SELECT r.resource_id, r.usage_date, r.unblended_cost
    FROM cost_resource_daily r
    WHERE r.usage_date >= CAST($window_start AS DATE) AND r.usage_date < CAST($window_end AS DATE)
      AND r.service = 'Amazon Elastic Compute Cloud - Compute'
      AND r.resource_id NOT IN (SELECT resource_id FROM billed)
)
SELECT l.resource_id                                         AS workload_id,
       sum(l.unblended_cost) * 730 / (24 * count(DISTINCT l.usage_date)) AS monthly_usd,
       count(DISTINCT l.usage_date)                          AS days
FROM lines l
JOIN workloads w ON w.workload_id = l.resource_id
GROUP BY l.resource_id
ORDER BY l.resource_id;
