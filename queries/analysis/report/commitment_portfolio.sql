-- The layered commitment portfolio a run shows: the one with the most net savings that has an RI layer (best), with
-- whether it is the commitment decision (recommended: it saves more than the best single plan). Runs written before
-- migration 0017 have none.
-- $run_id: the run.
-- Output: term_years, payment, recommended, hourly_commitment, upfront_usd, monthly_net_savings, max_monthly_net_savings,
--   coverage_pct, monthly_on_demand, monthly_without_rate
SELECT term_years, payment, recommended, hourly_commitment, upfront_usd, monthly_net_savings, max_monthly_net_savings,
       coverage_pct, monthly_on_demand, monthly_without_rate
FROM commitment_portfolios
WHERE run_id = $run_id AND best;
