-- The renewal of held plans lapsing within a year of a run's window, sized on the recommended offer.
-- $run_id: the run.
-- Output: plan, term_years, payment, lapsing_plans, lapsing_hourly, first_end, renew_commitment, monthly_net_savings
SELECT plan, term_years, payment, lapsing_plans, lapsing_hourly, first_end, renew_commitment, monthly_net_savings
FROM commitment_renewals
WHERE run_id = $run_id;
