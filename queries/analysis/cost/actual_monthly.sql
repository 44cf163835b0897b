-- Each workload's compute cost from its own cost lines (resource_id = workload_id), scaled to a 730-hour month
-- over the days that have lines, so a workload created mid-window is not understated. EC2 compute, ECS
-- (Fargate) and Lambda only: storage and data transfer are not part of the options priced.
-- $window_start DATE, $window_end DATE: the half-open window of usage dates.
-- Output: workload_id, monthly_usd, days
SELECT c.resource_id                                         AS workload_id,
       sum(c.unblended_cost) * 730 / (24 * count(DISTINCT c.usage_date)) AS monthly_usd,
       count(DISTINCT c.usage_date)                          AS days
FROM cost_daily c
JOIN workloads w ON w.workload_id = c.resource_id
WHERE c.usage_date >= CAST($window_start AS DATE) AND c.usage_date < CAST($window_end AS DATE)
  AND c.service IN ('Amazon Elastic Compute Cloud - Compute', 'Amazon Elastic Container Service', 'AWS Lambda')
GROUP BY c.resource_id
ORDER BY c.resource_id;
