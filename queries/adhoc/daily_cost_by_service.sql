-- Purpose: daily unblended and amortized cost per service over everything collected.
-- Parameters: none.
-- Output: usage_date, service, unblended_cost, amortized_cost.
SELECT usage_date, service, sum(unblended_cost) AS unblended_cost, sum(amortized_cost) AS amortized_cost
FROM cost_daily
GROUP BY ALL
ORDER BY usage_date, service;
