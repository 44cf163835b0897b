-- Purpose: Savings Plan coverage per day from the bill (Cost Explorer's coverage; the store keeps it per day, not per hour).
-- Parameters: $from DATE (default: everything), $to DATE (exclusive; default: everything).
-- Output: usage_date, accounts, spend_covered_usd, on_demand_cost_usd, coverage_pct.
SELECT usage_date, COUNT(DISTINCT account_id) AS accounts,
       CAST(SUM(spend_covered_usd) AS DECIMAL(18,2)) AS spend_covered_usd,
       CAST(SUM(on_demand_cost_usd) AS DECIMAL(18,2)) AS on_demand_cost_usd,
       round(100 * SUM(spend_covered_usd) / NULLIF(SUM(spend_covered_usd) + SUM(on_demand_cost_usd), 0), 1) AS coverage_pct
FROM savings_plans_coverage_daily
WHERE (CAST($from AS DATE) IS NULL OR usage_date >= CAST($from AS DATE))
  AND (CAST($to AS DATE) IS NULL OR usage_date < CAST($to AS DATE))
GROUP BY usage_date
ORDER BY usage_date;
