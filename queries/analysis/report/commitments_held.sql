-- The Savings Plans a run applied before recommending more, with the Compute commitment held and where it came from.
-- $run_id: the run.
-- Output: account_id, savings_plan_arn, plan, term_years, payment, region, instance_family, hourly_commitment, ends_at,
--         compute_hourly, compute_from_setting (the last two repeat on every row; one row with NULL plan when none held)
SELECT h.account_id, h.savings_plan_arn, h.plan, h.term_years, h.payment, h.region, h.instance_family,
       h.hourly_commitment, h.ends_at, s.compute_hourly, s.compute_from_setting
FROM savings_plan_held_source s
LEFT JOIN savings_plan_held_applied h ON h.run_id = s.run_id
WHERE s.run_id = $run_id
ORDER BY h.ends_at NULLS LAST, h.savings_plan_arn;
