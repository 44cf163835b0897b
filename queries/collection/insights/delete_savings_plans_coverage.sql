-- Removes one account's daily Savings Plans coverage over the half-open window of days re-read.
-- Parameters: $account_id, $first_day DATE, $end_day DATE.
DELETE FROM savings_plans_coverage_daily
WHERE account_id = $account_id AND usage_date >= CAST($first_day AS DATE) AND usage_date < CAST($end_day AS DATE);
