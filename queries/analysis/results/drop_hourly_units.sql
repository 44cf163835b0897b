-- Drops the staged hourly units once insert_hourly_units.sql has moved them.
DROP TABLE IF EXISTS stage_hourly_units;
