-- Amortized spend per service and calendar month over the 12 months up to the end of a run's window.
-- $window_end: TIMESTAMP, the run's window end (exclusive).
-- Output: month (DATE, first day), service, cost
SELECT CAST(date_trunc('month', usage_date) AS DATE) AS month, service, CAST(SUM(amortized_cost) AS DECIMAL(18,6)) AS cost
FROM cost_daily
WHERE usage_date < CAST($window_end AS DATE)
  AND usage_date >= date_trunc('month', CAST($window_end AS TIMESTAMP) - INTERVAL 1 MICROSECOND) - INTERVAL 11 MONTH
GROUP BY ALL
ORDER BY month, service;
