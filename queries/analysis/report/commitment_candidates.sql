-- The fleet commitment portfolio of a run: every plan, term and payment priced on the recommended fleet beyond the
-- plans held, the best first. Runs written before migration 0011 have none.
-- $run_id: the run.
-- Output: plan, term_years, payment, hourly_commitment, upfront_usd, monthly_net_savings, utilization_pct,
--   coverage_pct, break_even_month, buy_now_commitment, after_rightsizing_commitment, max_hourly_commitment,
--   max_monthly_net_savings, monthly_on_demand, monthly_without_rate, drop10_monthly_net_savings,
--   drop20_monthly_net_savings, drop30_monthly_net_savings, drop30_utilization_pct, best
SELECT plan, term_years, payment, hourly_commitment, upfront_usd, monthly_net_savings, utilization_pct, coverage_pct,
       break_even_month, buy_now_commitment, after_rightsizing_commitment, max_hourly_commitment, max_monthly_net_savings,
       monthly_on_demand, monthly_without_rate, drop10_monthly_net_savings, drop20_monthly_net_savings,
       drop30_monthly_net_savings, drop30_utilization_pct, best
FROM commitment_candidates
WHERE run_id = $run_id
ORDER BY best DESC, monthly_net_savings DESC, plan, term_years, payment;
