-- The layers of one portfolio of a run, in the order AWS applies them (RIs first, the Compute plan last).
-- $run_id: the run. $term_years, $payment: the portfolio.
-- Output: plan, scope, instance_type, instance_count, hourly_commitment, upfront_usd, monthly_net_savings,
--   utilization_pct, coverage_pct, break_even_month
SELECT plan, scope, instance_type, instance_count, hourly_commitment, upfront_usd, monthly_net_savings, utilization_pct,
       coverage_pct, break_even_month
FROM commitment_portfolio_layers
WHERE run_id = $run_id AND term_years = $term_years AND payment = $payment
ORDER BY layer;
