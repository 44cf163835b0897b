-- What the staged import holds. No parameters.
-- Output: lines, accounts, first_day (DATE), last_day (DATE), unblended_usd, amortized_usd.
SELECT count(*), count(DISTINCT account_id), min(usage_date), max(usage_date),
       coalesce(sum(unblended_cost), 0), coalesce(sum(amortized_cost), 0)
FROM import_cost;
