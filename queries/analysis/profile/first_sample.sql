-- The first hour any utilization sample was stored for, so a lookback longer than the data held is cut to it.
-- No parameters.
-- Output: first_hour (TIMESTAMP, null when the store holds no samples)
SELECT min(hour) AS first_hour FROM utilization_hourly;
