-- What the staged batch holds, and how many of its cost lines fall outside its window (which fails the load: a
-- reload of the window would not replace those rows). SampleLoader counts the samples as it appends them.
-- Output: accounts, workloads, cost_lines, cost_lines_outside (BIGINT).
SELECT
    (SELECT count(DISTINCT account_id) FROM load_accounts) AS accounts,
    (SELECT count(DISTINCT workload_id) FROM load_workloads) AS workloads,
    (SELECT count(*) FROM load_cost_lines) AS cost_lines,
    (SELECT count(*) FROM load_cost_lines c, load_params p
        WHERE CAST(c.usage_date AS TIMESTAMP) < p.window_start OR CAST(c.usage_date AS TIMESTAMP) >= p.window_end) AS cost_lines_outside;
