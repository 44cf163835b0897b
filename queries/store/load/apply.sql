-- Replaces the store's cost lines with the staged batch's and drops the staging tables. Runs inside the load's
-- transaction, after apply_inventory.sql and the samples, once the batch has passed its window check.
-- No bound parameters: the batch's source and window are the one row of load_params.
-- Cost lines are replaced for the batch's source and window for its scope accounts and the accounts of its lines.

DELETE FROM cost_daily
WHERE source = (SELECT source FROM load_params)
  AND CAST(usage_date AS TIMESTAMP) >= (SELECT window_start FROM load_params)
  AND CAST(usage_date AS TIMESTAMP) < (SELECT window_end FROM load_params)
  AND account_id IN (SELECT account_id FROM load_scope_accounts UNION SELECT account_id FROM load_cost_lines);
INSERT INTO cost_daily (
    usage_date, account_id, region, service, usage_type, resource_id, unblended_cost, amortized_cost,
    usage_quantity, source)
SELECT
    c.usage_date, c.account_id, c.region, c.service, c.usage_type, c.resource_id, c.unblended_cost, c.amortized_cost,
    c.usage_quantity, p.source
FROM load_cost_lines c, load_params p;

DROP TABLE load_params;
DROP TABLE load_scope_accounts;
DROP TABLE load_accounts;
DROP TABLE load_workloads;
DROP TABLE load_cost_lines;
