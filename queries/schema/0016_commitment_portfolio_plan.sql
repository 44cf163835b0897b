-- 0016_commitment_portfolio_plan: the recommended commitment portfolio as a purchase plan. Per layer: what to buy now
-- (what today's fleet already justifies in the layer's scope and the rightsizing will not remove), after the
-- rightsizing lands (the rest) and when held plans lapse (the renewal, sized on the portfolio), each with its hourly
-- commitment, upfront and monthly net savings; and the layer's net savings and utilization if usage dropped
-- 10/20/30%. Written by `analyzer analyze` for the best portfolio of a run (commitment_portfolios.best).
-- (Numbered 0016, below 0017 which made commitment_portfolios: migrations apply by the set not yet applied, and
-- these tables depend on none.)

CREATE TABLE commitment_portfolio_plan_layers (
    run_id                       VARCHAR NOT NULL,
    term_years                   INTEGER NOT NULL,
    payment                      VARCHAR NOT NULL,
    layer                        INTEGER NOT NULL,  -- the portfolio's layers in order, then those only the renewal needs
    plan                         VARCHAR NOT NULL,  -- ri-standard, compute
    scope                        VARCHAR NOT NULL,  -- "us-east-1 m6g", or "any region and family"
    instance_type                VARCHAR,           -- RIs: the size counted in
    now_count                    INTEGER,           -- RIs to buy now (null for a plan)
    now_hourly                   DECIMAL(18,6) NOT NULL,
    now_upfront_usd              DECIMAL(18,6),     -- null: not in the catalog (Partial Upfront RIs)
    now_monthly_net_savings      DECIMAL(18,6) NOT NULL,
    after_count                  INTEGER,
    after_hourly                 DECIMAL(18,6) NOT NULL,
    after_upfront_usd            DECIMAL(18,6),
    after_monthly_net_savings    DECIMAL(18,6) NOT NULL,
    renewal_count                INTEGER,
    renewal_hourly               DECIMAL(18,6) NOT NULL,
    renewal_upfront_usd          DECIMAL(18,6),
    renewal_monthly_net_savings  DECIMAL(18,6) NOT NULL,
    drop10_monthly_net_savings   DECIMAL(18,6),     -- the whole layer if usage dropped 10%; null for a renewal-only layer
    drop10_utilization_pct       DOUBLE,
    drop20_monthly_net_savings   DECIMAL(18,6),
    drop20_utilization_pct       DOUBLE,
    drop30_monthly_net_savings   DECIMAL(18,6),
    drop30_utilization_pct       DOUBLE
);

CREATE TABLE commitment_portfolio_plan_totals (
    run_id                            VARCHAR NOT NULL,
    term_years                        INTEGER NOT NULL,
    payment                           VARCHAR NOT NULL,
    now_monthly_net_savings_today     DECIMAL(18,6) NOT NULL, -- the buy-now tranches on the fleet as it runs today
    drop10_monthly_net_savings        DECIMAL(18,6) NOT NULL, -- the whole portfolio if usage dropped 10%
    drop10_utilization_pct            DOUBLE NOT NULL,        -- weighted by the layers' commitments
    drop20_monthly_net_savings        DECIMAL(18,6) NOT NULL,
    drop20_utilization_pct            DOUBLE NOT NULL,
    drop30_monthly_net_savings        DECIMAL(18,6) NOT NULL,
    drop30_utilization_pct            DOUBLE NOT NULL,
    lapsing_plans                     INTEGER NOT NULL,       -- held plans the renewal replaces (0: none lapses within a year)
    lapsing_hourly                    DECIMAL(18,6) NOT NULL,
    first_end                         TIMESTAMP,
    steady_share_pct                  DOUBLE NOT NULL,        -- RIs took what a family runs in at least this share of hours
    monthly_net_savings_without_compute_rate DECIMAL(18,6) NOT NULL, -- the RI layers' savings where the catalog has no
                                                              -- Compute Savings Plan rate: a single plan cannot cover it
    regions_without_compute_rate      VARCHAR[] NOT NULL      -- their regions
);

-- Spend the best single plan ("plan") and the layered portfolio ("portfolio") cannot cover because the price catalog has
-- no rate for it, per reason (Fargate, Lambda, EC2 in a region without rates, EC2 types without a rate): it stays on demand.
CREATE TABLE commitment_without_rate (
    run_id       VARCHAR NOT NULL,
    basis        VARCHAR NOT NULL,            -- plan, portfolio
    reason       VARCHAR NOT NULL,
    monthly_usd  DECIMAL(18,6) NOT NULL       -- on-demand equivalent per 730-hour month, after the plans held
);
