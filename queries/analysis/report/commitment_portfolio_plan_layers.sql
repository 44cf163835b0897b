-- The purchase plan of one portfolio of a run, per layer: the buy-now, after-rightsizing and renewal tranches and the
-- usage-drop risk; the portfolio's layers in order, then those only the renewal needs.
-- $run_id: the run. $term_years, $payment: the portfolio.
-- Output: plan, scope, instance_type, now_/after_/renewal_ count, hourly, upfront_usd, monthly_net_savings,
--   drop10/20/30_monthly_net_savings, drop10/20/30_utilization_pct
SELECT plan, scope, instance_type,
       now_count, now_hourly, now_upfront_usd, now_monthly_net_savings,
       after_count, after_hourly, after_upfront_usd, after_monthly_net_savings,
       renewal_count, renewal_hourly, renewal_upfront_usd, renewal_monthly_net_savings,
       drop10_monthly_net_savings, drop10_utilization_pct, drop20_monthly_net_savings, drop20_utilization_pct,
       drop30_monthly_net_savings, drop30_utilization_pct
FROM commitment_portfolio_plan_layers
WHERE run_id = $run_id AND term_years = $term_years AND payment = $payment
ORDER BY layer;
