-- The run's Karpenter NodePools, each sized as one fleet on its nodes' summed hourly demand (node_pool_fleets, 0019).
-- $run_id: the run.
-- Output: account_id, region, cluster, node_pool, nodes, unit_type, units_min, units_max, units_avg, fleet_cpu_p99_vcpu,
--         current_monthly_cost, option, family, target_instance_type, target_capacity, target_min_units,
--         target_max_units, target_avg_units, monthly_cost, reason
SELECT account_id, region, cluster, node_pool, nodes, unit_type, units_min, units_max, units_avg, fleet_cpu_p99_vcpu,
       current_monthly_cost, option, family, target_instance_type, target_capacity, target_min_units,
       target_max_units, target_avg_units, monthly_cost, reason
FROM node_pool_fleets
WHERE run_id = $run_id
ORDER BY account_id, region, cluster, node_pool;
