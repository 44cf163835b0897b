-- 0005_cost_explorer_insights: what Cost Explorer says beyond daily cost, kept for the engine to compare with
-- its own options. Every string came from AWS. Amounts are USD (Cost Explorer answers in strings; parsed here).
--
-- savings_plans_held: one row per Savings Plan active in the collection window (GetSavingsPlansUtilizationDetails),
-- replaced per account on every run that could read them.
CREATE TABLE savings_plans_held (
    account_id      VARCHAR NOT NULL,   -- the account collected (the plan's owner)
    savings_plan_arn VARCHAR NOT NULL,
    plan_type       VARCHAR NOT NULL,   -- 'Compute', 'EC2Instance', 'SageMaker' or AWS's own word when unknown
    term_years      INTEGER,            -- 1 or 3
    payment_option  VARCHAR,            -- 'NO_UPFRONT', 'PARTIAL_UPFRONT', 'ALL_UPFRONT'
    region          VARCHAR,            -- EC2 Instance Savings Plans only, as AWS names it
    instance_family VARCHAR,            -- EC2 Instance Savings Plans only ('m5')
    hourly_commitment_usd DECIMAL(18,6) NOT NULL,
    starts_at       TIMESTAMP,
    ends_at         TIMESTAMP,
    window_start    DATE NOT NULL,      -- the days the figures below are over (half-open)
    window_end      DATE NOT NULL,
    total_commitment_usd DECIMAL(18,6) NOT NULL,  -- commitment due over the window
    used_commitment_usd DECIMAL(18,6) NOT NULL,
    utilization_pct DOUBLE,
    on_demand_equivalent_usd DECIMAL(18,6),       -- what the covered usage would have cost On-Demand
    net_savings_usd DECIMAL(18,6),
    collected_at    TIMESTAMP NOT NULL
);

-- GetSavingsPlansUtilization, DAILY: every plan of the account together, one row per day; replaced per account
-- and window.
CREATE TABLE savings_plans_utilization_daily (
    usage_date      DATE NOT NULL,
    account_id      VARCHAR NOT NULL,
    total_commitment_usd DECIMAL(18,6) NOT NULL,
    used_commitment_usd DECIMAL(18,6) NOT NULL,
    unused_commitment_usd DECIMAL(18,6) NOT NULL,
    utilization_pct DOUBLE,
    on_demand_equivalent_usd DECIMAL(18,6),
    net_savings_usd DECIMAL(18,6),
    collected_at    TIMESTAMP NOT NULL
);

-- GetSavingsPlansCoverage, DAILY: eligible spend of the account and how much of it Savings Plans covered.
CREATE TABLE savings_plans_coverage_daily (
    usage_date      DATE NOT NULL,
    account_id      VARCHAR NOT NULL,
    spend_covered_usd DECIMAL(18,6) NOT NULL,  -- On-Demand equivalent of the usage the plans covered
    on_demand_cost_usd DECIMAL(18,6) NOT NULL, -- eligible usage left at On-Demand
    total_cost_usd  DECIMAL(18,6) NOT NULL,
    coverage_pct    DOUBLE,
    collected_at    TIMESTAMP NOT NULL
);

-- GetSavingsPlansPurchaseRecommendation: one row per combination asked (the summary), replaced per account.
CREATE TABLE ce_savings_plan_recommendations (
    account_id      VARCHAR NOT NULL,   -- the account collected
    account_scope   VARCHAR NOT NULL,   -- 'LINKED' or 'PAYER'
    plan_type       VARCHAR NOT NULL,   -- 'COMPUTE_SP', 'EC2_INSTANCE_SP', 'SAGEMAKER_SP'
    term_years      INTEGER NOT NULL,
    payment_option  VARCHAR NOT NULL,
    lookback_days   INTEGER NOT NULL,
    recommendation_id VARCHAR,
    generated_at    TIMESTAMP,
    recommendations INTEGER NOT NULL,   -- purchase details returned (0: CE recommends nothing)
    hourly_commitment_usd DECIMAL(18,6) NOT NULL,
    estimated_monthly_savings_usd DECIMAL(18,6),
    estimated_savings_pct DOUBLE,
    estimated_avg_utilization_pct DOUBLE,          -- commitment-weighted over the details
    current_avg_hourly_on_demand_usd DECIMAL(18,6), -- summed over the details
    current_on_demand_spend_usd DECIMAL(18,6),     -- over the lookback
    estimated_total_cost_usd DECIMAL(18,6),        -- with the plan, over the lookback
    estimated_on_demand_cost_with_current_usd DECIMAL(18,6), -- without the plan, over the lookback
    estimated_roi_pct DOUBLE,
    collected_at    TIMESTAMP NOT NULL
);

-- The purchase details behind each summary: one per account (and region/family for EC2 Instance SPs).
CREATE TABLE ce_savings_plan_recommendation_details (
    account_id      VARCHAR NOT NULL,   -- the account collected
    plan_type       VARCHAR NOT NULL,
    term_years      INTEGER NOT NULL,
    payment_option  VARCHAR NOT NULL,
    lookback_days   INTEGER NOT NULL,
    detail_account_id VARCHAR,          -- the account the purchase is for
    region          VARCHAR,
    instance_family VARCHAR,
    offering_id     VARCHAR,
    hourly_commitment_usd DECIMAL(18,6) NOT NULL,
    upfront_cost_usd DECIMAL(18,6),
    estimated_monthly_savings_usd DECIMAL(18,6),
    estimated_savings_pct DOUBLE,
    estimated_avg_utilization_pct DOUBLE,
    estimated_sp_cost_usd DECIMAL(18,6),
    estimated_on_demand_cost_usd DECIMAL(18,6),    -- On-Demand left over with the plan
    estimated_on_demand_cost_with_current_usd DECIMAL(18,6),
    current_min_hourly_on_demand_usd DECIMAL(18,6),
    current_max_hourly_on_demand_usd DECIMAL(18,6),
    current_avg_hourly_on_demand_usd DECIMAL(18,6),
    collected_at    TIMESTAMP NOT NULL
);

-- GetRightsizingRecommendation (AmazonEC2): one row per instance, the default (else first) target; replaced per account.
CREATE TABLE ce_rightsizing_recommendations (
    account_id      VARCHAR NOT NULL,
    region          VARCHAR,            -- from the resource details, as AWS names it
    instance_id     VARCHAR NOT NULL,
    instance_name   VARCHAR,
    current_instance_type VARCHAR,
    current_monthly_cost_usd DECIMAL(18,6),
    rightsizing_type VARCHAR NOT NULL,  -- 'MODIFY' or 'TERMINATE'
    target_instance_type VARCHAR,       -- MODIFY only
    target_monthly_cost_usd DECIMAL(18,6),
    estimated_monthly_savings_usd DECIMAL(18,6),
    max_cpu_pct     DOUBLE,
    max_memory_pct  DOUBLE,
    finding_reasons VARCHAR NOT NULL,   -- comma-separated
    lookback_days   INTEGER,
    generated_at    TIMESTAMP,
    collected_at    TIMESTAMP NOT NULL
);

-- GetCostAndUsageWithResources: daily EC2 compute cost per resource (the last 14 days AWS keeps). Kept apart from
-- cost_daily, whose service totals these lines would double.
CREATE TABLE cost_resource_daily (
    usage_date      DATE NOT NULL,
    account_id      VARCHAR NOT NULL,
    resource_id     VARCHAR NOT NULL,
    service         VARCHAR NOT NULL,
    unblended_cost  DECIMAL(18,6) NOT NULL,
    amortized_cost  DECIMAL(18,6) NOT NULL,
    usage_quantity  DECIMAL(18,6) NOT NULL,
    collected_at    TIMESTAMP NOT NULL
);
