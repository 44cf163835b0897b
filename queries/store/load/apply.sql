-- Inserts the staged batch's cost lines and drops the staging tables. Runs inside the load's transaction, after
-- apply_inventory.sql and the samples, once the batch has passed its window check, and right after
-- delete_cost_lines.sql has deleted the lines these replace. No bound parameters: the batch's source is the one row of
-- load_params.

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
DROP TABLE load_replaced;
DROP TABLE load_spans;
