-- The spend a run's best single plan and layered portfolio leave on demand for lack of a rate in the price catalog, per
-- reason, largest first. Runs written before migration 0016 have none.
-- $run_id: the run.
-- Output: basis (plan, portfolio), reason, monthly_usd
SELECT basis, reason, monthly_usd
FROM commitment_without_rate
WHERE run_id = $run_id
ORDER BY basis, monthly_usd DESC, reason;
