-- Active On-Demand Capacity Reservations over a run's window, with the instances matched to each hour by hour and
-- the on-demand price of its type, platform and tenancy (CapacityReservationAdvisor judges them).
-- An instance matches a reservation of its account, region, instance type, platform and tenancy (the availability zone
-- is not compared: workloads do not keep it, so a zone's waste can be understated). Several reservations of one kind
-- share the matching instances, filled in id order. An hour counts an instance when it has a sample that hour, a
-- group's running count (else its desired count).
-- $run_id: the run.
-- Output: capacity_reservation_id, account_id, region, availability_zone, instance_type, platform, tenancy,
--   total_instance_count, available_instance_count, state, instance_match_criteria, start_date, end_date,
--   hourly_used (comma-separated instances used each active hour, oldest first; null when none in the window),
--   usd_per_hour (null when no price)
WITH run AS (
    SELECT window_start, window_end FROM analysis_runs WHERE run_id = $run_id
),
res AS (
    SELECT r.* FROM capacity_reservations r WHERE r.state = 'active'
),
res_hours AS (
    SELECT res.capacity_reservation_id, res.account_id, res.region, res.instance_type, res.platform, res.tenancy,
           res.total_instance_count, unnest(range(
               greatest(run.window_start, date_trunc('hour', coalesce(res.start_date, run.window_start))),
               least(run.window_end, coalesce(res.end_date, run.window_end)),
               INTERVAL 1 HOUR)) AS hour
    FROM res, run
),
inventory AS (
    SELECT workload_id, account_id, region, kind, instance_type, desired_count,
           coalesce(platform, 'Linux/UNIX') AS platform, coalesce(tenancy, 'default') AS tenancy
    FROM workloads
    WHERE kind IN ('ec2_instance', 'asg')
    QUALIFY row_number() OVER (PARTITION BY workload_id ORDER BY updated_at DESC) = 1
),
-- Only the instances some reservation matches: the others' hours would join nothing, and grouping every hour of the
-- fleet cost seconds at 10,000 workloads (with no reservation at all, too).
matched AS (
    SELECT i.* FROM inventory i
    WHERE EXISTS (SELECT 1 FROM res
                  WHERE res.account_id = i.account_id AND res.region = i.region AND res.instance_type = i.instance_type
                    AND res.platform = i.platform AND res.tenancy = i.tenancy)
),
running AS (
    SELECT i.account_id, i.region, i.instance_type, i.platform, i.tenancy, u.hour,
           sum(CASE WHEN i.kind = 'asg' THEN coalesce(u.running_count, greatest(i.desired_count, 1)) ELSE 1 END) AS instances
    FROM (SELECT workload_id, hour, avg(running_count) AS running_count
          FROM utilization_hourly, run
          WHERE hour >= run.window_start AND hour < run.window_end
            AND workload_id IN (SELECT workload_id FROM matched)
          GROUP BY workload_id, hour) u
    JOIN matched i USING (workload_id)
    GROUP BY ALL
),
filled AS (
    SELECT h.account_id, h.region, h.capacity_reservation_id, h.hour,
           greatest(0, least(h.total_instance_count,
               coalesce(r.instances, 0) - coalesce(sum(h.total_instance_count) OVER (
                   PARTITION BY h.account_id, h.region, h.instance_type, h.platform, h.tenancy, h.hour
                   ORDER BY h.capacity_reservation_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))) AS used
    FROM res_hours h
    LEFT JOIN running r
      ON r.account_id = h.account_id AND r.region = h.region AND r.instance_type = h.instance_type
     AND r.platform = h.platform AND r.tenancy = h.tenancy AND r.hour = h.hour
),
hourly AS (
    SELECT account_id, region, capacity_reservation_id, string_agg(CAST(CAST(round(used) AS BIGINT) AS VARCHAR), ',' ORDER BY hour) AS hourly_used
    FROM filled
    GROUP BY account_id, region, capacity_reservation_id
),
price AS (
    SELECT p.region, p.instance_type, p.platform, p.tenancy, p.usd_per_hour
    FROM prices_ec2 p, run
    WHERE p.capacity = 'on-demand' AND p.as_of <= CAST(run.window_end AS DATE)
    QUALIFY row_number() OVER (PARTITION BY p.region, p.instance_type, p.platform, p.tenancy ORDER BY p.as_of DESC, p.source) = 1
)
SELECT res.capacity_reservation_id, res.account_id, res.region, res.availability_zone, res.instance_type, res.platform,
       res.tenancy, res.total_instance_count, res.available_instance_count, res.state, res.instance_match_criteria,
       res.start_date, res.end_date, hourly.hourly_used, price.usd_per_hour
FROM res
LEFT JOIN hourly USING (account_id, region, capacity_reservation_id)
LEFT JOIN price
  ON price.region = res.region AND price.instance_type = res.instance_type
 AND price.platform = res.platform AND price.tenancy = res.tenancy
ORDER BY res.account_id, res.region, res.capacity_reservation_id;
