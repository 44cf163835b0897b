-- The Dedicated Hosts held (the latest collection of each), with each host's rate per host-hour from the bill:
-- amortized HostUsage:<family> cost of its account and region over the run's window divided by the host-hours billed
-- (usage_quantity), so a host reservation's discount is in it. No HostUsage line: the rate is null (unpriced).
-- DedicatedHostAdvisor judges them.
-- $run_id: the run.
-- Output: host_id, account_id, region, availability_zone, instance_family, instance_type, state, total_vcpus,
--   available_vcpus, instances_placed, total_capacity, available_capacity, auto_placement, allocation_time,
--   usd_per_hour (null when the bill has no host-hours for the family)
WITH run AS (
    SELECT window_start, window_end FROM analysis_runs WHERE run_id = $run_id
),
hosts AS (
    SELECT * FROM dedicated_hosts
    QUALIFY row_number() OVER (PARTITION BY host_id ORDER BY collected_at DESC) = 1
),
bill AS (
    SELECT c.account_id, c.region, split_part(c.usage_type, 'HostUsage:', 2) AS family,
           sum(c.amortized_cost) AS cost, sum(c.usage_quantity) AS host_hours
    FROM cost_daily c, run
    WHERE c.usage_type LIKE '%HostUsage:%'
      AND c.usage_date >= CAST(run.window_start AS DATE) AND c.usage_date < CAST(run.window_end AS DATE)
    GROUP BY ALL
)
SELECT h.host_id, h.account_id, h.region, h.availability_zone, h.instance_family, h.instance_type, h.state,
       h.total_vcpus, h.available_vcpus, h.instances_placed, h.total_capacity, h.available_capacity, h.auto_placement,
       h.allocation_time,
       CAST(CASE WHEN b.host_hours > 0 THEN b.cost / b.host_hours END AS DECIMAL(18,6)) AS usd_per_hour
FROM hosts h
LEFT JOIN bill b ON b.account_id = h.account_id AND b.region = h.region AND b.family = h.instance_family
ORDER BY h.account_id, h.region, h.host_id;
