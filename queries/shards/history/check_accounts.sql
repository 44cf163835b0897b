-- Account ids become folder names (account_id=NNNNNNNNNNNN) in the history layout: count those that are not 12
-- digits, which the export refuses rather than write a path from an unchecked string.
-- No parameters. Output columns: bad_accounts.
SELECT count(*) AS bad_accounts FROM workloads WHERE NOT regexp_full_match(account_id, '[0-9]{12}');
