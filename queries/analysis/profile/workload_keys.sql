-- Every workload's integer key in the staged window (window_keys.sql), to name the rows hourly.sql returns by key.
-- No parameters.
-- Output: workload_key, workload_id
SELECT workload_key, workload_id FROM window_keys;
