-- Temp tables one batch is appended into before it replaces the store's rows (AnalyzerStore.Load).
-- Staging first lets the load see every workload and account the streamed samples and cost lines touch before it
-- deletes, and keeps the appender independent of columns later migrations add to the main tables.
-- Tags arrive as two lists (the appender cannot write MAP values); apply.sql builds the map.
CREATE OR REPLACE TEMP TABLE load_params (
    source VARCHAR, window_start TIMESTAMP, window_end TIMESTAMP);

CREATE OR REPLACE TEMP TABLE load_scope_accounts (account_id VARCHAR);

CREATE OR REPLACE TEMP TABLE load_accounts (account_id VARCHAR, name VARCHAR);

CREATE OR REPLACE TEMP TABLE load_workloads (
    workload_id VARCHAR, account_id VARCHAR, region VARCHAR, kind VARCHAR, name VARCHAR, instance_type VARCHAR,
    vcpu DOUBLE, memory_gib DOUBLE, architecture VARCHAR, purchase_option VARCHAR, launch_type VARCHAR,
    desired_count INTEGER, lambda_memory_mb INTEGER, lambda_timeout_s INTEGER, tag_keys VARCHAR[],
    tag_values VARCHAR[],
    source VARCHAR, updated_at TIMESTAMP, platform VARCHAR, tenancy VARCHAR);

-- Samples are most of a batch's rows: they are appended with the workload as an index into load_sample_ids and the
-- hour as microseconds since the epoch (the appender's cheapest column types); apply.sql turns them into rows of
-- utilization_hourly as it inserts them.
CREATE OR REPLACE TEMP TABLE load_sample_ids (workload_index INTEGER, workload_id VARCHAR);

CREATE OR REPLACE TEMP TABLE load_sample_rows (
    workload_index INTEGER, hour_us BIGINT, cpu_avg_pct DOUBLE, cpu_max_pct DOUBLE, mem_avg_pct DOUBLE,
    mem_max_pct DOUBLE, net_in_bytes DOUBLE, net_out_bytes DOUBLE, running_count DOUBLE, invocations DOUBLE,
    duration_avg_ms DOUBLE, duration_p99_ms DOUBLE, concurrency_max DOUBLE);

CREATE OR REPLACE TEMP TABLE load_cost_lines (
    usage_date DATE, account_id VARCHAR, region VARCHAR, service VARCHAR, usage_type VARCHAR, resource_id VARCHAR,
    unblended_cost DECIMAL(18,6), amortized_cost DECIMAL(18,6), usage_quantity DECIMAL(18,6));
