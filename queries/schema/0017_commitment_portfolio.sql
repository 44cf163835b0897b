-- 0017_commitment_portfolio: the layered commitment portfolio per term and payment on the recommended fleet, beyond the
-- plans held: Standard Reserved Instances per family and region, then a Compute Savings Plan over what they leave.
-- Written by `analyzer analyze` with the run's commitment candidates.

CREATE TABLE commitment_portfolios (
    run_id                    VARCHAR NOT NULL,
    term_years                INTEGER NOT NULL,
    payment                   VARCHAR NOT NULL, -- no, partial, all
    best                      BOOLEAN NOT NULL, -- the portfolio with the most net savings that has an RI layer
    recommended               BOOLEAN NOT NULL, -- best, and it saves more than the best single plan: the recommendation
    hourly_commitment         DECIMAL(18,6) NOT NULL,
    upfront_usd               DECIMAL(18,6),            -- null: a layer's upfront is not in the catalog (Partial Upfront RIs)
    monthly_net_savings       DECIMAL(18,6) NOT NULL,
    max_monthly_net_savings   DECIMAL(18,6) NOT NULL,
    coverage_pct              DOUBLE NOT NULL,          -- of the whole fleet, by the plans held and the layers together
    monthly_on_demand         DECIMAL(18,6) NOT NULL,   -- the whole fleet's
    monthly_without_rate      DECIMAL(18,6) NOT NULL    -- spend no layer has a rate for: stays on demand
);

CREATE TABLE commitment_portfolio_layers (
    run_id               VARCHAR NOT NULL,
    term_years           INTEGER NOT NULL,
    payment              VARCHAR NOT NULL,
    layer                INTEGER NOT NULL,          -- the order AWS applies them in: RIs first, the Compute plan last
    plan                 VARCHAR NOT NULL,          -- ri-standard, compute
    scope                VARCHAR NOT NULL,          -- "us-east-1 m5", or "any region and family"
    instance_type        VARCHAR,                   -- RIs: the size they are counted in (size-flexible in the family)
    instance_count       INTEGER,
    hourly_commitment    DECIMAL(18,6) NOT NULL,
    upfront_usd          DECIMAL(18,6),
    monthly_net_savings  DECIMAL(18,6) NOT NULL,
    utilization_pct      DOUBLE NOT NULL,
    coverage_pct         DOUBLE NOT NULL,           -- of the whole fleet, by this layer
    break_even_month     INTEGER                    -- null: never within the term, or the upfront is not known
);
