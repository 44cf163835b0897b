-- Every observed hour of every workload over the lookback window, per unit: the series whole-unit fleets, schedules
-- and CPU-credit balances are computed from. Read from the window's staged hours (window_hours.sql), in no order:
-- the reader puts each workload's hours in order (sorting millions of rows here cost more than the rest of the read).
-- Output: workload_id, hour, cpu_peak_vcpu, cpu_avg_vcpu, running_units, active
--   running_units: units running that hour for pooled workloads (the desired count where none was collected), else 1.
SELECT workload_id,
       hour,
       cpu_peak_pct * vcpu / 100                    AS cpu_peak_vcpu,
       cpu_avg_pct * vcpu / 100                     AS cpu_avg_vcpu,
       CAST(coalesce(fleet_units, 1) AS DOUBLE)     AS running_units,
       active
FROM window_hours;
