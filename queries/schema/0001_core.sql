-- 0001_core: inventory, hourly utilization, daily cost and collection runs: what collectors load and analysis reads.
--
-- No PRIMARY KEY or index anywhere. utilization_hourly holds hundreds of millions of rows: DuckDB's zonemaps on
-- "hour" do the pruning, and an ART index would cost memory and load time. For the small tables a key would make
-- AnalyzerStore.Load's delete-then-insert of the same key in one transaction depend on DuckDB's ART handling of
-- that case, which has changed between releases; instead Load keeps ids unique by deleting before it inserts.

CREATE TABLE accounts (
    account_id      VARCHAR NOT NULL,
    name            VARCHAR NOT NULL
);

CREATE TABLE regions (
    region          VARCHAR NOT NULL
);

CREATE TABLE workloads (
    workload_id     VARCHAR NOT NULL,   -- instance id, ASG ARN or name, ECS service ARN, Lambda function ARN
    account_id      VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL CHECK (kind IN ('ec2_instance', 'asg', 'ecs_service', 'lambda_function')),
    name            VARCHAR NOT NULL,
    instance_type   VARCHAR,            -- null for Fargate and Lambda
    vcpu            DOUBLE,
    memory_gib      DOUBLE,
    architecture    VARCHAR NOT NULL,   -- 'x86_64' or 'arm64'
    purchase_option VARCHAR NOT NULL,   -- 'on-demand', 'spot', 'reserved'
    launch_type     VARCHAR,            -- ECS: 'EC2' or 'FARGATE'
    desired_count   INTEGER NOT NULL,
    lambda_memory_mb INTEGER,
    lambda_timeout_s INTEGER,
    tags            MAP(VARCHAR, VARCHAR),
    source          VARCHAR NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);

CREATE TABLE utilization_hourly (
    workload_id     VARCHAR NOT NULL,
    hour            TIMESTAMP NOT NULL, -- start of the hour, UTC
    cpu_avg_pct     DOUBLE,
    cpu_max_pct     DOUBLE,
    mem_avg_pct     DOUBLE,
    mem_max_pct     DOUBLE,
    net_in_bytes    DOUBLE,
    net_out_bytes   DOUBLE,
    running_count   DOUBLE,
    invocations     DOUBLE,
    duration_avg_ms DOUBLE,
    duration_p99_ms DOUBLE,
    concurrency_max DOUBLE,
    source          VARCHAR NOT NULL
);

CREATE TABLE cost_daily (
    usage_date      DATE NOT NULL,
    account_id      VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,
    service         VARCHAR NOT NULL,
    usage_type      VARCHAR NOT NULL,
    resource_id     VARCHAR,
    unblended_cost  DECIMAL(18,6) NOT NULL, -- USD
    amortized_cost  DECIMAL(18,6) NOT NULL, -- USD
    usage_quantity  DECIMAL(18,6) NOT NULL,
    source          VARCHAR NOT NULL
);

CREATE TABLE collection_runs (
    run_id          VARCHAR NOT NULL,
    source          VARCHAR NOT NULL,
    account_id      VARCHAR,            -- the batch's account when it covers exactly one, else null
    region          VARCHAR,            -- the batch's region when its workloads are in exactly one, else null
    window_start    TIMESTAMP NOT NULL,
    window_end      TIMESTAMP NOT NULL,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    status          VARCHAR NOT NULL CHECK (status IN ('succeeded', 'failed')),
    error           VARCHAR,
    rows_accounts   INTEGER,
    rows_workloads  INTEGER,
    rows_samples    BIGINT,
    rows_cost_lines BIGINT
);
