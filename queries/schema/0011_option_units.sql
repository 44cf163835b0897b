-- Whole units and one cost basis (issue #10).
-- * workload_options: target_units was a fractional average; it becomes target_avg_units (the average over the hours
--   the option runs, the only fractional unit number), beside the whole fewest and most units in an hour.
-- * recommendations: current_monthly_cost is the current setup priced by the same model as the options (list price x
--   whole units each hour); billed_monthly_cost is what the bill says (after credits, commitments and discounts).
-- * option_hourly_units: the chosen option's whole units in each observed hour of the run's window (0 when stopped);
--   its cost that hour is units x the option's hourly rate per unit (monthly_cost / (target_avg_units x
--   target_monthly_hours)). One row per hour for every workload whose chosen option has an hourly series.
ALTER TABLE workload_options RENAME COLUMN target_units TO target_avg_units;
ALTER TABLE workload_options ADD COLUMN target_min_units INTEGER;
ALTER TABLE workload_options ADD COLUMN target_max_units INTEGER;
ALTER TABLE recommendations ADD COLUMN billed_monthly_cost DECIMAL(18,6);

CREATE TABLE option_hourly_units (
    run_id      VARCHAR   NOT NULL,
    workload_id VARCHAR   NOT NULL,
    option      VARCHAR   NOT NULL, -- the chosen option (recommendations.option)
    hour        TIMESTAMP NOT NULL, -- the hour's start, UTC
    units       INTEGER   NOT NULL  -- whole instances or tasks running that hour
);
