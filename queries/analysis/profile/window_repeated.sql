-- The workloads (window_keys, staged by window_keys.sql) with more than one row for some hour of the window, from
-- several sources: only their hours are regrouped by window_hours.sql. Each workload's rows are counted against the
-- distinct hours they fall in, as bits of one bitstring per workload, which costs a fraction of grouping millions
-- of (workload, hour) pairs. bitstring_agg takes a constant range, so an hour's bit is its index from the window's
-- start modulo 2,208 (92 days, 276 bytes per workload): two rows share a bit only when they fall in the same hour,
-- or for a window longer than 92 days 92 days apart, or off the hour in the same hour. A shared bit without a shared
-- hour sends the workload through a regrouping that keeps its rows apart as before: time wasted, never a merge
-- missed.
-- $window_start TIMESTAMP, $window_end TIMESTAMP: the half-open window.
-- Columns: workload_key
CREATE OR REPLACE TEMP TABLE window_repeated AS
SELECT k.workload_key
FROM utilization_hourly u
JOIN window_keys k USING (workload_id)
WHERE u.hour >= CAST($window_start AS TIMESTAMP) AND u.hour < CAST($window_end AS TIMESTAMP)
GROUP BY k.workload_key
HAVING count(*) <> bit_count(bitstring_agg(CAST(epoch(u.hour - CAST($window_start AS TIMESTAMP)) // 3600 AS BIGINT) % 2208, 0, 2207));
