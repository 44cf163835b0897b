-- Moves the staged hourly units (stage_hourly_units.sql) into option_hourly_units, one row per workload and hour:
-- the two lists unnest side by side.
-- $run_id VARCHAR: the run they belong to.
INSERT INTO option_hourly_units (run_id, workload_id, option, hour, units)
SELECT CAST($run_id AS VARCHAR), workload_id, option, unnest(hours), unnest(units)
FROM stage_hourly_units;
