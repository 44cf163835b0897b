-- 0004_collection: what the AWS collectors keep between runs and what a run reports.
--
-- collection_watermarks: per source, account and region, the last day whose data is held in final form, so a rerun
-- asks AWS (and pays Cost Explorer) only for the days after it. Written after the batch it covers has committed:
-- a run interrupted in between refetches that batch, it never skips one.
-- collection_sessions / collection_api_calls: one row per `analyzer collect` and its requests per IAM action.
-- collection_runs gains the AWS error code and the IAM action a role lacked, for failures recorded there.

CREATE TABLE collection_watermarks (
    source          VARCHAR NOT NULL,   -- 'cloudwatch', 'cost-explorer', ...
    account_id      VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,   -- 'global' for sources without a region
    closed_through  DATE NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);

CREATE TABLE collection_sessions (
    session_id      VARCHAR NOT NULL,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP NOT NULL,
    window_start    TIMESTAMP NOT NULL,
    window_end      TIMESTAMP NOT NULL,
    status          VARCHAR NOT NULL CHECK (status IN ('succeeded', 'partial', 'failed')),
    accounts        INTEGER NOT NULL,
    regions         INTEGER NOT NULL,
    failures        INTEGER NOT NULL,
    paid_requests   BIGINT NOT NULL,    -- Cost Explorer requests, $0.01 each
    metrics_requested BIGINT NOT NULL,  -- CloudWatch GetMetricData metrics, $0.01 per 1,000
    estimated_cost_usd DECIMAL(18,6) NOT NULL
);

CREATE TABLE collection_api_calls (
    session_id      VARCHAR NOT NULL,
    iam_action      VARCHAR NOT NULL,   -- 'ec2:DescribeInstances'
    calls           BIGINT NOT NULL     -- attempts on the wire, retries included
);

ALTER TABLE collection_runs ADD COLUMN error_code VARCHAR;
ALTER TABLE collection_runs ADD COLUMN missing_iam_action VARCHAR;

-- Spot prices per type and zone over a collection window, time-weighted (DescribeSpotPriceHistory, Linux/UNIX).
CREATE TABLE spot_price_averages (
    region          VARCHAR NOT NULL,
    availability_zone VARCHAR NOT NULL,
    instance_type   VARCHAR NOT NULL,
    product_description VARCHAR NOT NULL,
    avg_price_usd   DECIMAL(18,6) NOT NULL, -- USD per instance-hour
    min_price_usd   DECIMAL(18,6) NOT NULL,
    max_price_usd   DECIMAL(18,6) NOT NULL,
    price_changes   INTEGER NOT NULL,
    window_start    TIMESTAMP NOT NULL,
    window_end      TIMESTAMP NOT NULL,
    collected_at    TIMESTAMP NOT NULL
);

-- AWS Compute Optimizer's rank-1 option per EC2 instance, for the engine to compare with its own; replaced per
-- account and region on every run that could read them.
CREATE TABLE compute_optimizer_ec2 (
    account_id      VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,
    instance_arn    VARCHAR NOT NULL,
    instance_id     VARCHAR NOT NULL,
    current_instance_type VARCHAR NOT NULL,
    finding         VARCHAR NOT NULL,   -- Underprovisioned, Overprovisioned, Optimized, NotOptimized
    finding_reasons VARCHAR NOT NULL,   -- comma-separated reason codes
    recommended_instance_type VARCHAR,
    performance_risk DOUBLE,            -- 0 (none) .. 4 (very high)
    estimated_monthly_savings_usd DECIMAL(18,6),
    savings_opportunity_pct DOUBLE,
    lookback_days   INTEGER,
    last_refreshed  TIMESTAMP,
    collected_at    TIMESTAMP NOT NULL
);

-- Monthly cost of every linked account by service, read once per run from the payer account (the organisation
-- overview, including accounts that are not collected in detail). Replaced per month on every read.
CREATE TABLE cost_monthly_accounts (
    month           DATE NOT NULL,      -- first day of the month
    account_id      VARCHAR NOT NULL,
    service         VARCHAR NOT NULL,
    unblended_cost  DECIMAL(18,6) NOT NULL,
    amortized_cost  DECIMAL(18,6) NOT NULL,
    estimated       BOOLEAN NOT NULL,
    collected_at    TIMESTAMP NOT NULL
);
