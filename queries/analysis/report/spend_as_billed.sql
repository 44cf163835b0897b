-- What the Savings Plans held saved per 730-hour month over a run's window, from the bill
-- (savings_plans_utilization_daily: on-demand equivalent of the usage covered less the commitment's cost), and what
-- the run computed they would save on the recommended fleet; and what the Reserved Instances held save net of their
-- amortized fee, on today's fleet and on the recommended one (reserved_instances_held_applied, applied ones: the others'
-- usage is not in the series; before migration 0020 their fee is 0). No row for runs before migration 0011.
-- $run_id: the run. $window_start, $window_end TIMESTAMP: its window.
-- Output: held_savings_today (bill), held_savings_after (recommended fleet), reserved_net_today, reserved_net_after
SELECT CAST(coalesce((SELECT sum(u.net_savings_usd) * 730 / (24 * greatest(1, date_diff('day', CAST($window_start AS DATE), CAST($window_end AS DATE))))
                      FROM savings_plans_utilization_daily u
                      WHERE u.usage_date >= CAST($window_start AS DATE) AND u.usage_date < CAST($window_end AS DATE)), 0) AS DECIMAL(18,6)) AS held_savings_today,
       t.held_monthly_net_savings_recommended                                                                                          AS held_savings_after,
       CAST(coalesce((SELECT sum(r.monthly_covered_today_usd - coalesce(r.monthly_fee_usd, 0)) FROM reserved_instances_held_applied r
                      WHERE r.run_id = $run_id AND r.applied), 0) AS DECIMAL(18,6))                                                   AS reserved_net_today,
       CAST(coalesce((SELECT sum(r.monthly_covered_usd - coalesce(r.monthly_fee_usd, 0)) FROM reserved_instances_held_applied r
                      WHERE r.run_id = $run_id AND r.applied), 0) AS DECIMAL(18,6))                                                   AS reserved_net_after
FROM commitment_totals t
WHERE t.run_id = $run_id;
