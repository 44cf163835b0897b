-- Temp tables one batch is appended into before it replaces the store's rows (AnalyzerStore.Load).
-- Staging first lets the load see every workload and account the batch names before it deletes, and keeps the
-- appender independent of columns later migrations add to the main tables. Tags arrive as two lists (the appender
-- cannot write MAP values); apply_inventory.sql builds the map.
-- The samples, most of a batch's rows, are not staged: SampleLoader appends them straight into utilization_hourly
-- once apply_inventory.sql has deleted the rows they replace (a staging copy cost about a third of the load).
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

-- The stored spans (sample_spans) whose samples a replace deletes (SampleSpans), and the batch's own spans, one row per
-- workload it appended samples of, merged into sample_spans after the samples.
CREATE OR REPLACE TEMP TABLE load_replaced (workload_id VARCHAR, first_hour TIMESTAMP, last_hour TIMESTAMP);

CREATE OR REPLACE TEMP TABLE load_spans (workload_id VARCHAR, first_hour TIMESTAMP, last_hour TIMESTAMP);

CREATE OR REPLACE TEMP TABLE load_cost_lines (
    usage_date DATE, account_id VARCHAR, region VARCHAR, service VARCHAR, usage_type VARCHAR, resource_id VARCHAR,
    unblended_cost DECIMAL(18,6), amortized_cost DECIMAL(18,6), usage_quantity DECIMAL(18,6));
