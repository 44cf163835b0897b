-- The first and last hours any utilization sample was stored for, so the lookback window is cut to the data held.
-- No parameters.
-- Output: first_hour, last_hour (TIMESTAMP; null when the store holds no samples)
SELECT min(hour) AS first_hour, max(hour) AS last_hour FROM utilization_hourly;
