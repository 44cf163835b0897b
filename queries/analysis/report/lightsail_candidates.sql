-- Standalone EC2 instances whose recommended option is a Lightsail bundle (LightsailEvaluator priced it in the
-- engine), with their size, demand shape, hours observed, CPU mean and p99 (vCPUs), memory peak where a metric exists,
-- today's modeled monthly cost, the chosen option's label ("lightsail:Small-2GB") and tags.
-- $run_id: the run.
-- Output: workload_id, name, account_id, region, instance_type, vcpu, memory_gib, shape, coverage_pct, cpu_mean_vcpu,
--         cpu_p99_vcpu, memory_max_gib (null without a memory metric), current_monthly_cost, chosen_option, tags
SELECT w.workload_id, w.name, w.account_id, w.region, w.instance_type,
       p.configured_vcpu AS vcpu, p.configured_memory_gib AS memory_gib, p.shape, p.coverage_pct,
       p.cpu_mean_vcpu, p.cpu_p99_vcpu,
       CASE WHEN p.has_memory_metric THEN p.memory_max_gib END AS memory_max_gib,
       rec.current_monthly_cost, rec.option AS chosen_option, w.tags
FROM recommendations rec
JOIN workloads w ON w.workload_id = rec.workload_id
JOIN workload_profiles p ON p.run_id = rec.run_id AND p.workload_id = rec.workload_id
WHERE rec.run_id = $run_id
  AND rec.family = 'lightsail'
  AND w.instance_type IS NOT NULL
  AND p.configured_vcpu IS NOT NULL AND p.configured_memory_gib IS NOT NULL
  AND p.cpu_mean_vcpu IS NOT NULL AND p.cpu_p99_vcpu IS NOT NULL
  AND rec.current_monthly_cost IS NOT NULL
ORDER BY w.workload_id;
