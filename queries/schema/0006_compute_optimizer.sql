-- 0006_compute_optimizer: AWS Compute Optimizer's rank-1 option per Auto Scaling group, Lambda function and ECS
-- service, beside compute_optimizer_ec2 (0004), for the engine to compare with its own. Replaced per account and
-- region on every run that could read them. Every string came from AWS.
--
-- workload_id is computed the way the inventory collectors build workloads.workload_id, so the join is a plain
-- equality: the group's name for collected ASGs (the demo's ASG workloads use the ARN), the function ARN without a
-- version or alias qualifier, the service ARN.

CREATE TABLE compute_optimizer_asg (
    account_id      VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,
    asg_arn         VARCHAR NOT NULL,
    asg_name        VARCHAR NOT NULL,
    current_instance_type VARCHAR,
    current_desired_capacity INTEGER,
    finding         VARCHAR NOT NULL,   -- Underprovisioned, Overprovisioned, Optimized, NotOptimized
    recommended_instance_type VARCHAR,
    recommended_desired_capacity INTEGER,
    performance_risk DOUBLE,            -- 0 (none) .. 4 (very high)
    estimated_monthly_savings_usd DECIMAL(18,6),
    savings_opportunity_pct DOUBLE,
    lookback_days   INTEGER,
    last_refreshed  TIMESTAMP,
    collected_at    TIMESTAMP NOT NULL,
    workload_id     VARCHAR NOT NULL    -- = workloads.workload_id
);

CREATE TABLE compute_optimizer_lambda (
    account_id      VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,
    function_arn    VARCHAR NOT NULL,   -- as Compute Optimizer gives it (may carry a version qualifier)
    function_name   VARCHAR NOT NULL,
    function_version VARCHAR,
    current_memory_mb INTEGER,
    finding         VARCHAR NOT NULL,   -- Optimized, NotOptimized, Unavailable
    finding_reasons VARCHAR NOT NULL,   -- comma-separated: MemoryOverprovisioned, MemoryUnderprovisioned, InsufficientData, Inconclusive
    recommended_memory_mb INTEGER,
    estimated_monthly_savings_usd DECIMAL(18,6),
    savings_opportunity_pct DOUBLE,
    lookback_days   INTEGER,
    last_refreshed  TIMESTAMP,
    collected_at    TIMESTAMP NOT NULL,
    workload_id     VARCHAR NOT NULL    -- = workloads.workload_id: the unqualified function ARN
);

CREATE TABLE compute_optimizer_ecs (
    account_id      VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,
    service_arn     VARCHAR NOT NULL,
    cluster_name    VARCHAR,
    service_name    VARCHAR NOT NULL,
    launch_type     VARCHAR,            -- EC2 or Fargate, as Compute Optimizer spells it
    current_cpu_units INTEGER,
    current_memory_mb INTEGER,
    finding         VARCHAR NOT NULL,   -- Optimized, Underprovisioned, Overprovisioned
    finding_reasons VARCHAR NOT NULL,   -- comma-separated: CPUOverprovisioned, MemoryUnderprovisioned, ...
    recommended_cpu_units INTEGER,
    recommended_memory_mb INTEGER,
    estimated_monthly_savings_usd DECIMAL(18,6),
    savings_opportunity_pct DOUBLE,
    lookback_days   INTEGER,
    last_refreshed  TIMESTAMP,
    collected_at    TIMESTAMP NOT NULL,
    workload_id     VARCHAR NOT NULL    -- = workloads.workload_id: the service ARN
);
