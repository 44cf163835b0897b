-- Replaces cost_daily's rows of the import's source, accounts and day range with the staged import_cost, and adds
-- accounts the store did not know, then drops the stage. No bound parameters: the source is getvariable('import_source').
DELETE FROM cost_daily
WHERE source = getvariable('import_source')
  AND account_id IN (SELECT DISTINCT account_id FROM import_cost)
  AND usage_date BETWEEN (SELECT min(usage_date) FROM import_cost) AND (SELECT max(usage_date) FROM import_cost);

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
