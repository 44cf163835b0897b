-- 0010_savings_plans_held_applied: the Savings Plans held that a run applied before recommending more, and Cost
-- Explorer's purchase recommendation beside ours per plan, term and payment. Written by `analyzer analyze` in the
-- same transaction as the run's Savings Plan results. Strings in the first table came from AWS.

CREATE TABLE savings_plan_held_applied (
    run_id            VARCHAR NOT NULL,
    account_id        VARCHAR NOT NULL,
    savings_plan_arn  VARCHAR NOT NULL,
    plan              VARCHAR NOT NULL,   -- compute, ec2instance, or AWS's word for another type (not applied)
    term_years        INTEGER,
    payment           VARCHAR,            -- no, partial, all
    region            VARCHAR,            -- EC2 Instance Savings Plans only
    instance_family   VARCHAR,
    hourly_commitment DECIMAL(18,6) NOT NULL,
    starts_at         TIMESTAMP,
    ends_at           TIMESTAMP
);

-- One row per run: where the Compute commitment held came from.
CREATE TABLE savings_plan_held_source (
    run_id                 VARCHAR NOT NULL,
    compute_hourly         DECIMAL(18,6) NOT NULL,
    compute_from_setting   BOOLEAN NOT NULL
);

CREATE TABLE savings_plan_ce_comparisons (
    run_id                     VARCHAR NOT NULL,
    plan                       VARCHAR NOT NULL, -- compute, ec2instance
    term_years                 INTEGER NOT NULL,
    payment                    VARCHAR NOT NULL, -- no, partial, all
    account_scope              VARCHAR NOT NULL, -- PAYER, LINKED
    lookback_days              INTEGER NOT NULL,
    accounts                   INTEGER NOT NULL, -- rows summed
    generated_at               TIMESTAMP,
    ce_hourly_commitment       DECIMAL(18,6) NOT NULL,
    ce_monthly_savings         DECIMAL(18,6) NOT NULL,  -- Cost Explorer's estimate
    ce_utilization_pct         DOUBLE,
    our_additional_commitment  DECIMAL(18,6) NOT NULL,
    our_additional_savings     DECIMAL(18,6) NOT NULL,
    our_utilization_pct        DOUBLE NOT NULL,
    ce_on_ours_monthly_savings DECIMAL(18,6) NOT NULL,  -- Cost Explorer's commitment evaluated on our series
    ce_on_ours_utilization_pct DOUBLE NOT NULL,
    reason                     VARCHAR NOT NULL
);
