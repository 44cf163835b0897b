-- 0008_compute_optimizer_comparison: AWS Compute Optimizer's recommendation beside ours, per workload and run.
-- Written by `analyzer analyze` in the same transaction as the run's recommendations; one row per workload that
-- Compute Optimizer could cover (every EC2 instance today) or that it has a recommendation for.

CREATE TABLE compute_optimizer_comparisons (
    run_id                   VARCHAR NOT NULL,
    workload_id              VARCHAR NOT NULL,
    source                   VARCHAR,          -- the compute_optimizer_* table: 'ec2'; null when CO has nothing
    finding                  VARCHAR,          -- CO's finding as AWS spells it
    recommended_configuration VARCHAR,         -- CO's rank-1 target (an instance type for EC2)
    estimated_monthly_savings DECIMAL(18,6),   -- CO's own estimate, USD
    agreement                VARCHAR NOT NULL CHECK (agreement IN ('none', 'same', 'same-direction', 'different-direction')),
    reason                   VARCHAR           -- why ours differs, where we can know
);
