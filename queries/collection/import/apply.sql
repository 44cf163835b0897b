-- Replaces cost_daily's rows of the import's source for exactly the (account, day) pairs the staged import_cost holds,
-- and adds accounts the store did not know, then drops the stage. An export split into several files (by day, by
-- account) therefore keeps every part whatever the import order, and re-importing a file is idempotent: a day the
-- file does not hold is never deleted, even one between its first and last day.
-- No bound parameters: the source is getvariable('import_source').
DELETE FROM cost_daily
WHERE source = getvariable('import_source')
  AND EXISTS (SELECT 1 FROM import_cost i WHERE i.account_id = cost_daily.account_id AND i.usage_date = cost_daily.usage_date);

INSERT INTO cost_daily (
    usage_date, account_id, region, service, usage_type, resource_id, unblended_cost, amortized_cost, usage_quantity, source)
SELECT usage_date, account_id, region, service, usage_type, resource_id, unblended_cost, amortized_cost, usage_quantity,
       getvariable('import_source')
FROM import_cost;

INSERT INTO accounts (account_id, name)
SELECT account_id, coalesce(max(account_name), account_id)
FROM import_cost
WHERE account_id NOT IN (SELECT account_id FROM accounts)
GROUP BY account_id;

DROP TABLE import_cost;
