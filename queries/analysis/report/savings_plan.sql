-- The fleet commitment a run recommends: the plan, term and payment with the largest additional net savings.
-- $run_id: the run.
-- Output: plan, term_years, payment, additional_commitment, additional_monthly_savings, coverage_pct
SELECT plan, term_years, payment, additional_commitment, additional_monthly_savings, coverage_pct
FROM savings_plan_results
WHERE run_id = $run_id AND additional_monthly_savings > 0
ORDER BY additional_monthly_savings DESC, plan, term_years, payment
LIMIT 1;
