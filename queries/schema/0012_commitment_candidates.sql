-- 0012_commitment_candidates: the decision a buyer needs per plan, term and payment on the recommended fleet (beyond
-- the plans held), the renewal of held plans lapsing within a year, and the fleet series' totals. Written by
-- `analyzer analyze` in the same transaction as the run's Savings Plan results.

CREATE TABLE commitment_candidates (
    run_id                        VARCHAR NOT NULL,
    plan                          VARCHAR NOT NULL, -- compute, ec2instance
    term_years                    INTEGER NOT NULL,
    payment                       VARCHAR NOT NULL, -- no, partial, all
    hourly_commitment             DECIMAL(18,6) NOT NULL, -- to buy beyond the plans held: the knee of the curve
    upfront_usd                   DECIMAL(18,6) NOT NULL,
    monthly_net_savings           DECIMAL(18,6) NOT NULL,
    utilization_pct               DOUBLE NOT NULL,
    coverage_pct                  DOUBLE NOT NULL,
    break_even_month              INTEGER,                -- null: never within the term
    buy_now_commitment            DECIMAL(18,6) NOT NULL, -- pays on the fleet as it runs today
    after_rightsizing_commitment  DECIMAL(18,6) NOT NULL,
    max_hourly_commitment         DECIMAL(18,6) NOT NULL, -- the commitment with the most net savings
    max_monthly_net_savings       DECIMAL(18,6) NOT NULL,
    monthly_on_demand             DECIMAL(18,6) NOT NULL, -- the series the offer saw (after the plans held)
    monthly_without_rate          DECIMAL(18,6) NOT NULL, -- spend the offer has no rate for: stays on demand
    drop10_monthly_net_savings    DECIMAL(18,6) NOT NULL,
    drop10_utilization_pct        DOUBLE NOT NULL,
    drop20_monthly_net_savings    DECIMAL(18,6) NOT NULL,
    drop20_utilization_pct        DOUBLE NOT NULL,
    drop30_monthly_net_savings    DECIMAL(18,6) NOT NULL,
    drop30_utilization_pct        DOUBLE NOT NULL,
    best                          BOOLEAN NOT NULL
);

CREATE TABLE commitment_renewals (
    run_id              VARCHAR NOT NULL,
    plan                VARCHAR NOT NULL, -- the offer the renewal is sized on
    term_years          INTEGER NOT NULL,
    payment             VARCHAR NOT NULL,
    lapsing_plans       INTEGER NOT NULL,
    lapsing_hourly      DECIMAL(18,6) NOT NULL,
    first_end           TIMESTAMP,
    renew_commitment    DECIMAL(18,6) NOT NULL,
    monthly_net_savings DECIMAL(18,6) NOT NULL
);

-- One row per run: what the plans held would save per month on the recommended fleet (the Effective Savings Rate after).
CREATE TABLE commitment_totals (
    run_id                                  VARCHAR NOT NULL,
    held_monthly_net_savings_recommended    DECIMAL(18,6) NOT NULL
);

-- One row per run: the fleet's on-demand-equivalent spend per month, as recommended and as it runs today, per kind of
-- usage key (ec2, fargate, lambda), for the report's "what the series holds" line.
CREATE TABLE commitment_series (
    run_id                 VARCHAR NOT NULL,
    usage                  VARCHAR NOT NULL, -- ec2, fargate, lambda
    recommended_monthly    DECIMAL(18,6) NOT NULL,
    current_monthly        DECIMAL(18,6) NOT NULL
);
