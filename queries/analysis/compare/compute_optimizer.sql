-- AWS's own rank-1 recommendation per workload and recommender, the newest collected: Compute Optimizer's from its
-- four tables, and Cost Explorer's EC2 rightsizing as a second recommender. Each table is one block of the `aws`
-- union, mapped to these columns (workload_id must be the id the workloads table uses).
-- No parameters.
-- Output: recommender ('compute-optimizer' | 'cost-explorer'), workload_id, source ('ec2', 'asg', 'lambda', 'ecs',
--         'cost-explorer'), finding, finding_reasons, recommended_configuration (as shown), estimated_monthly_savings_usd,
--         lookback_days, recommended_instance_type, recommended_count, recommended_cpu_units, recommended_memory_mb
WITH aws AS (
    SELECT 'compute-optimizer'           AS recommender,
           instance_id                   AS workload_id,
           'ec2'                         AS source,
           finding,
           finding_reasons,
           recommended_instance_type     AS recommended_configuration,
           estimated_monthly_savings_usd,
           lookback_days,
           recommended_instance_type,
           NULL::INTEGER                 AS recommended_count,
           NULL::INTEGER                 AS recommended_cpu_units,
           NULL::INTEGER                 AS recommended_memory_mb,
           collected_at,
           last_refreshed
    FROM compute_optimizer_ec2
    UNION ALL
    SELECT 'compute-optimizer', workload_id, 'asg', finding, '',
           recommended_instance_type || coalesce(' x' || recommended_desired_capacity, ''),
           estimated_monthly_savings_usd, lookback_days,
           recommended_instance_type, recommended_desired_capacity, NULL, NULL,
           collected_at, last_refreshed
    FROM compute_optimizer_asg
    UNION ALL
    SELECT 'compute-optimizer', workload_id, 'lambda', finding, finding_reasons,
           recommended_memory_mb || ' MB',
           estimated_monthly_savings_usd, lookback_days,
           NULL, NULL, NULL, recommended_memory_mb,
           collected_at, last_refreshed
    FROM compute_optimizer_lambda
    UNION ALL
    SELECT 'compute-optimizer', workload_id, 'ecs', finding, finding_reasons,
           nullif(concat_ws(' / ', recommended_cpu_units || ' CPU units', recommended_memory_mb || ' MB'), ''),
           estimated_monthly_savings_usd, lookback_days,
           NULL, NULL, recommended_cpu_units, recommended_memory_mb,
           collected_at, last_refreshed
    FROM compute_optimizer_ecs
    UNION ALL
    -- Cost Explorer targets the same instance family by default; TERMINATE has no target.
    SELECT 'cost-explorer', instance_id, 'cost-explorer', rightsizing_type, finding_reasons,
           CASE WHEN rightsizing_type = 'MODIFY' THEN target_instance_type END,
           estimated_monthly_savings_usd, lookback_days,
           CASE WHEN rightsizing_type = 'MODIFY' THEN target_instance_type END, NULL, NULL, NULL,
           collected_at, generated_at
    FROM ce_rightsizing_recommendations
),
newest AS (
    SELECT *
    FROM aws
    QUALIFY row_number() OVER (PARTITION BY recommender, workload_id ORDER BY collected_at DESC, last_refreshed DESC NULLS LAST, source) = 1
)
SELECT recommender, workload_id, source, finding, finding_reasons, recommended_configuration, estimated_monthly_savings_usd,
       lookback_days, recommended_instance_type, recommended_count, recommended_cpu_units, recommended_memory_mb
FROM newest
ORDER BY recommender, workload_id;
