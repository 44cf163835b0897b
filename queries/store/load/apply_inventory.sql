-- Replaces the store's inventory with the staged batch's. Runs inside the load's transaction, after the inventory is
-- staged; the samples of the workloads it names are replaced next (SampleSpans: find_replaced.sql, then
-- delete_samples.sql and respan_replaced.sql when sample_spans shows stored rows in the window). No bound
-- parameters. Inventory (accounts, workloads) is replaced by id.

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
