-- Stages the chosen options' hourly units as one row per workload (two lists: the hours and the units in each),
-- so the engine appends thousands of rows instead of millions; insert_hourly_units.sql copies them into
-- option_hourly_series under the run. No parameters.
CREATE OR REPLACE TEMP TABLE stage_hourly_units (
    workload_id VARCHAR     NOT NULL,
    option      VARCHAR     NOT NULL,
    hours       TIMESTAMP[] NOT NULL,
    units       INTEGER[]   NOT NULL
);
