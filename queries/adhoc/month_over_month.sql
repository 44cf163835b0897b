-- Purpose: amortized cost per calendar month and service from the bill, with the change from the month before.
-- Parameters: $account_id VARCHAR (default: every account), $min_change_usd DECIMAL (default 0: every row).
-- Output: month, service, amortized_cost, previous_month_cost, change_usd, change_pct.
WITH monthly AS (
    SELECT date_trunc('month', usage_date) AS month, service, SUM(amortized_cost) AS cost
    FROM cost_daily
    WHERE CAST($account_id AS VARCHAR) IS NULL OR account_id = CAST($account_id AS VARCHAR)
    GROUP BY ALL
),
changes AS (
    SELECT month, service, cost,
           lag(cost) OVER (PARTITION BY service ORDER BY month) AS previous
    FROM monthly
)
SELECT CAST(month AS DATE) AS month, service,
       CAST(cost AS DECIMAL(18,2)) AS amortized_cost,
       CAST(previous AS DECIMAL(18,2)) AS previous_month_cost,
       CAST(cost - previous AS DECIMAL(18,2)) AS change_usd,
       round(100 * (cost - previous) / NULLIF(previous, 0), 1) AS change_pct
FROM changes
WHERE abs(COALESCE(cost - previous, cost)) >= COALESCE(TRY_CAST($min_change_usd AS DECIMAL(18,2)), 0)
ORDER BY month, abs(COALESCE(cost - previous, cost)) DESC, service;
