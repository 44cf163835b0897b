-- Whether the store may hold samples the loading batch replaces: any row of a workload the batch names (load_workloads)
-- in the batch's window, whatever its source. When none, delete_samples.sql has nothing to delete and is skipped.
-- A superset of delete_samples.sql's rows (the source is left out), so skipping on false is safe; the source's filter
-- costs as much again as the rest, since every row of the table would be read for it (BENCHMARKS.md, session 10).
-- The window is bound, not read from load_params, so DuckDB can skip row groups outside it by their hour's min/max.
-- Parameters: $window_start, $window_end. Output: replaced_exist (BOOLEAN).
SELECT EXISTS (
    SELECT 1 FROM utilization_hourly
    WHERE hour >= $window_start
      AND hour < $window_end
      AND workload_id IN (SELECT workload_id FROM load_workloads)) AS replaced_exist;
