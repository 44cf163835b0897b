-- Cost Explorer's Savings Plan purchase recommendations beside ours, per plan, term and payment, for one run.
-- $run_id: the run.
-- Output: plan, term_years, payment, account_scope, lookback_days, ce_hourly_commitment, ce_monthly_savings,
--         ce_utilization_pct, our_additional_commitment, our_additional_savings, our_utilization_pct,
--         ce_on_ours_monthly_savings, ce_on_ours_utilization_pct, reason
SELECT plan, term_years, payment, account_scope, lookback_days, ce_hourly_commitment, ce_monthly_savings,
       ce_utilization_pct, our_additional_commitment, our_additional_savings, our_utilization_pct,
       ce_on_ours_monthly_savings, ce_on_ours_utilization_pct, reason
FROM savings_plan_ce_comparisons
WHERE run_id = $run_id
ORDER BY plan, term_years, payment;
