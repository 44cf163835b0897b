-- Compute Optimizer's rank-1 recommendation per workload, the newest collected. Each compute_optimizer_* table is
-- one block of the `co` union, mapped to these columns (workload_id must be the id the workloads table uses);
-- compute_optimizer_asg, _lambda and _ecs become one UNION ALL block each.
-- No parameters.
-- Output: workload_id, source, finding, finding_reasons, recommended_configuration, estimated_monthly_savings_usd,
--         lookback_days
WITH co AS (
    SELECT instance_id                   AS workload_id,
           'ec2'                         AS source,
           finding,
           finding_reasons,
           recommended_instance_type     AS recommended_configuration,
           estimated_monthly_savings_usd,
           lookback_days,
           collected_at,
           last_refreshed
    FROM compute_optimizer_ec2
),
newest AS (
    SELECT *
    FROM co
    QUALIFY row_number() OVER (PARTITION BY workload_id ORDER BY collected_at DESC, last_refreshed DESC NULLS LAST, source) = 1
)
SELECT workload_id, source, finding, finding_reasons, recommended_configuration, estimated_monthly_savings_usd, lookback_days
FROM newest
ORDER BY workload_id;
