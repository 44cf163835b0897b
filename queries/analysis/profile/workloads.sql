-- The inventory the engine evaluates: one row per workload (the newest row where a workload was loaded twice).
-- No parameters.
-- Output: workload_id, account_id, region, kind, name, instance_type, vcpu, memory_gib, architecture,
--   purchase_option, launch_type, desired_count, lambda_memory_mb, lambda_timeout_s, tags, platform, tenancy
SELECT workload_id, account_id, region, kind, name, instance_type, vcpu, memory_gib, architecture,
       purchase_option, launch_type, desired_count, lambda_memory_mb, lambda_timeout_s, tags,
       COALESCE(platform, 'Linux/UNIX') AS platform, COALESCE(tenancy, 'default') AS tenancy
FROM workloads
QUALIFY row_number() OVER (PARTITION BY workload_id ORDER BY updated_at DESC) = 1
ORDER BY workload_id;
