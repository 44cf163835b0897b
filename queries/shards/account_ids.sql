-- The accounts a store holds (inventory or workloads), which a shard checks all belong to its slice before it
-- writes them. No parameters. Output columns: account_id.
SELECT account_id FROM accounts
UNION
SELECT account_id FROM workloads
ORDER BY account_id;
