-- The accounts and regions a run covered (those of the workloads it analyzed), with account names.
-- $run_id: the run.
-- Output: account_id, name (null when unknown), region
SELECT DISTINCT w.account_id, a.name, w.region
FROM recommendations rec
JOIN workloads w ON w.workload_id = rec.workload_id
LEFT JOIN accounts a ON a.account_id = w.account_id
WHERE rec.run_id = $run_id
ORDER BY w.account_id, w.region;
