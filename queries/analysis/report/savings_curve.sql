-- The savings curve of one commitment offer in a run, lowest commitment first.
-- $run_id, $plan, $term_years, $payment: the offer.
-- Output: hourly_commitment, monthly_net_savings
SELECT hourly_commitment, monthly_net_savings
FROM savings_plan_curve
WHERE run_id = $run_id AND plan = $plan AND term_years = $term_years AND payment = $payment
ORDER BY hourly_commitment;
