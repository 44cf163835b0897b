-- Moves the staged hourly units (stage_hourly_units.sql) into option_hourly_series under the run, the lists as they
-- are (the option_hourly_units view unnests them: one row per workload and hour).
-- $run_id VARCHAR: the run they belong to.
INSERT INTO option_hourly_series (run_id, workload_id, option, hours, units)
SELECT CAST($run_id AS VARCHAR), workload_id, option, hours, units
FROM stage_hourly_units;
