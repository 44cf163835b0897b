-- The purchase plan's totals of one portfolio of a run: what the buy-now tranches save on today's fleet, the whole
-- portfolio's usage-drop risk, and the held plans the renewal replaces.
-- $run_id: the run. $term_years, $payment: the portfolio.
-- Output: now_monthly_net_savings_today, drop10/20/30_monthly_net_savings, drop10/20/30_utilization_pct,
--   lapsing_plans, lapsing_hourly, first_end, steady_share_pct, monthly_net_savings_without_compute_rate,
--   regions_without_compute_rate (joined with ", ")
SELECT now_monthly_net_savings_today, drop10_monthly_net_savings, drop10_utilization_pct, drop20_monthly_net_savings,
       drop20_utilization_pct, drop30_monthly_net_savings, drop30_utilization_pct, lapsing_plans, lapsing_hourly, first_end,
       steady_share_pct, monthly_net_savings_without_compute_rate, array_to_string(regions_without_compute_rate, ', ') AS regions_without_compute_rate
FROM commitment_portfolio_plan_totals
WHERE run_id = $run_id AND term_years = $term_years AND payment = $payment;
