-- 0003_analysis: what `analyzer analyze` writes. Every row belongs to one analysis run, so reports, what-if and
-- later runs read a run as it was. Like 0001, no keys: a run's rows are written once, in one transaction.

CREATE TABLE analysis_runs (
    run_id          VARCHAR   NOT NULL,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    settings_json   VARCHAR   NOT NULL, -- the AnalysisSettings used, as JSON
    price_as_of     DATE,               -- newest as_of of the EC2 prices used
    window_start    TIMESTAMP NOT NULL,
    window_end      TIMESTAMP NOT NULL,
    status          VARCHAR   NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
    workloads       INTEGER,
    recommended     INTEGER,            -- workloads whose recommendation is not "keep current"
    error           VARCHAR
);

CREATE TABLE workload_profiles (
    run_id                   VARCHAR NOT NULL,
    workload_id              VARCHAR NOT NULL,
    hours_in_window          DOUBLE  NOT NULL,
    hours_observed           INTEGER NOT NULL,
    coverage_pct             DOUBLE  NOT NULL,
    configured_vcpu          DOUBLE,
    configured_memory_gib    DOUBLE,
    cpu_mean_vcpu            DOUBLE,
    cpu_p50_vcpu             DOUBLE,
    cpu_p90_vcpu             DOUBLE,
    cpu_p95_vcpu             DOUBLE,
    cpu_p99_vcpu             DOUBLE,
    cpu_p995_vcpu            DOUBLE,
    cpu_max_vcpu             DOUBLE,
    cpu_max_pct              DOUBLE,
    has_memory_metric        BOOLEAN NOT NULL,
    memory_p95_gib           DOUBLE,
    memory_max_gib           DOUBLE,
    net_in_peak_bytes_hour   DOUBLE,
    net_out_peak_bytes_hour  DOUBLE,
    active_hours_fraction    DOUBLE  NOT NULL,
    business_hours_share     DOUBLE,
    night_share              DOUBLE,
    mean_active_run_hours    DOUBLE,
    peak_to_mean             DOUBLE,
    shape                    VARCHAR NOT NULL,
    running_count_mean       DOUBLE  NOT NULL,
    running_count_min        DOUBLE  NOT NULL,
    running_count_max        DOUBLE  NOT NULL,
    monthly_invocations      DOUBLE,
    duration_avg_ms          DOUBLE,
    duration_p99_ms          DOUBLE,
    concurrency_max          DOUBLE,
    unit_of_work_seconds     DOUBLE,
    interruption_tolerant    BOOLEAN NOT NULL,
    tolerance_reason         VARCHAR NOT NULL
);

CREATE TABLE workload_options (
    run_id                   VARCHAR NOT NULL,
    workload_id              VARCHAR NOT NULL,
    option                   VARCHAR NOT NULL, -- e.g. 'ec2-rightsized:m5.large'
    family                   VARCHAR NOT NULL, -- OptionFamilyNames
    monthly_cost             DECIMAL(18,6),    -- USD per 730-hour month; null when unpriced
    monthly_savings          DECIMAL(18,6),    -- against current; negative when costlier
    feasible                 BOOLEAN NOT NULL,
    reason                   VARCHAR,          -- why not, or a caveat
    risk                     VARCHAR NOT NULL, -- very-low, low, medium, high
    effort                   VARCHAR NOT NULL,
    confidence               VARCHAR NOT NULL, -- low, medium, high
    fixes_under_provisioning BOOLEAN NOT NULL,
    target_instance_type     VARCHAR,
    target_architecture      VARCHAR,
    target_vcpu              DOUBLE,
    target_memory_gib        DOUBLE,
    target_lambda_memory_mb  INTEGER,
    target_capacity          VARCHAR,
    target_monthly_hours     DOUBLE,
    target_units             DOUBLE,
    detail_json              VARCHAR           -- the whole option as JSON, for what-if and exports
);

CREATE TABLE recommendations (
    run_id                     VARCHAR NOT NULL,
    workload_id                VARCHAR NOT NULL,
    option                     VARCHAR NOT NULL,
    family                     VARCHAR NOT NULL,
    current_monthly_cost       DECIMAL(18,6),
    monthly_cost               DECIMAL(18,6),
    monthly_savings            DECIMAL(18,6),
    risk                       VARCHAR NOT NULL,
    effort                     VARCHAR NOT NULL,
    confidence                 VARCHAR NOT NULL,
    reason                     VARCHAR NOT NULL,
    commitment_option          VARCHAR,        -- a Savings Plan or RI to stack on the chosen size
    commitment_monthly_cost    DECIMAL(18,6),
    commitment_monthly_savings DECIMAL(18,6),
    risk_appetite              VARCHAR NOT NULL
);

CREATE TABLE savings_plan_results (
    run_id                     VARCHAR NOT NULL,
    plan                       VARCHAR NOT NULL, -- compute, ec2instance
    term_years                 INTEGER NOT NULL,
    payment                    VARCHAR NOT NULL, -- no, partial, all
    hourly_commitment          DECIMAL(18,6) NOT NULL,
    held_commitment            DECIMAL(18,6) NOT NULL,
    additional_commitment      DECIMAL(18,6) NOT NULL,
    monthly_on_demand          DECIMAL(18,6) NOT NULL,
    monthly_net_savings        DECIMAL(18,6) NOT NULL,
    additional_monthly_savings DECIMAL(18,6) NOT NULL,
    utilization_pct            DOUBLE NOT NULL,
    coverage_pct               DOUBLE NOT NULL
);

CREATE TABLE savings_plan_curve (
    run_id              VARCHAR NOT NULL,
    plan                VARCHAR NOT NULL,
    term_years          INTEGER NOT NULL,
    payment             VARCHAR NOT NULL,
    hourly_commitment   DECIMAL(18,6) NOT NULL,
    monthly_net_savings DECIMAL(18,6) NOT NULL,
    utilization_pct     DOUBLE NOT NULL,
    coverage_pct        DOUBLE NOT NULL
);
