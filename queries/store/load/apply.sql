-- Replaces the store's rows with one staged batch. Runs inside the load's transaction, after staging is filled.
-- No bound parameters: the batch's source and window are the one row of load_params.
-- Inventory (accounts, workloads) is replaced by id; samples are replaced for the batch's source and window for
-- every workload the batch names or has samples for; cost lines likewise for its scope accounts and their own.

DELETE FROM accounts WHERE account_id IN (SELECT account_id FROM load_accounts);
INSERT INTO accounts (account_id, name)
SELECT DISTINCT ON (account_id) account_id, name FROM load_accounts;

INSERT INTO regions (region)
SELECT DISTINCT region FROM load_workloads WHERE region NOT IN (SELECT region FROM regions);

DELETE FROM workloads WHERE workload_id IN (SELECT workload_id FROM load_workloads);
INSERT INTO workloads (
    workload_id, account_id, region, kind, name, instance_type, vcpu, memory_gib, architecture, purchase_option,
    launch_type, desired_count, lambda_memory_mb, lambda_timeout_s, tags, source, updated_at, platform, tenancy)
SELECT DISTINCT ON (workload_id)
    workload_id, account_id, region, kind, name, instance_type, vcpu, memory_gib, architecture, purchase_option,
    launch_type, desired_count, lambda_memory_mb, lambda_timeout_s,
    CASE WHEN tag_keys IS NULL THEN NULL ELSE map(tag_keys, tag_values) END, source, updated_at,
    COALESCE(platform, 'Linux/UNIX'), COALESCE(tenancy, 'default')
FROM load_workloads;

DELETE FROM utilization_hourly
WHERE source = (SELECT source FROM load_params)
  AND hour >= (SELECT window_start FROM load_params)
  AND hour < (SELECT window_end FROM load_params)
  AND workload_id IN (SELECT workload_id FROM load_workloads UNION SELECT workload_id FROM load_sample_ids);
-- The samples go straight from their staged form (workload index, hour in microseconds) into the table, in the order
-- they were appended: the id is a list lookup, not a join, so nothing is shuffled or materialized twice.
INSERT INTO utilization_hourly (
    workload_id, hour, cpu_avg_pct, cpu_max_pct, mem_avg_pct, mem_max_pct, net_in_bytes, net_out_bytes,
    running_count, invocations, duration_avg_ms, duration_p99_ms, concurrency_max, source)
WITH ids AS (SELECT list(workload_id ORDER BY workload_index) AS by_index FROM load_sample_ids)
SELECT
    ids.by_index[s.workload_index + 1], make_timestamp(s.hour_us), s.cpu_avg_pct, s.cpu_max_pct, s.mem_avg_pct,
    s.mem_max_pct, s.net_in_bytes, s.net_out_bytes, s.running_count, s.invocations, s.duration_avg_ms,
    s.duration_p99_ms, s.concurrency_max, p.source
FROM load_sample_rows s, ids, load_params p;

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
DROP TABLE load_sample_rows;
DROP TABLE load_sample_ids;
DROP TABLE load_cost_lines;
