-- Purpose: how many workloads of each kind the store holds, per account and region.
-- Parameters: none.
-- Output: account_id, region, kind, workloads.
SELECT account_id, region, kind, count(*) AS workloads
FROM workloads
GROUP BY ALL
ORDER BY account_id, region, kind;
