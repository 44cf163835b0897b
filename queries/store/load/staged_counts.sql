-- What the staged batch holds, and how much of it falls outside its window (which fails the load: a reload of the
-- window would not replace those rows).
-- Output: accounts, workloads, samples, cost_lines, samples_outside, cost_lines_outside (BIGINT).
SELECT
    (SELECT count(DISTINCT account_id) FROM load_accounts) AS accounts,
    (SELECT count(DISTINCT workload_id) FROM load_workloads) AS workloads,
    (SELECT count(*) FROM load_sample_rows) AS samples,
    (SELECT count(*) FROM load_cost_lines) AS cost_lines,
    (SELECT count(*) FROM load_sample_rows s, load_params p
        WHERE make_timestamp(s.hour_us) < p.window_start OR make_timestamp(s.hour_us) >= p.window_end) AS samples_outside,
    (SELECT count(*) FROM load_cost_lines c, load_params p
        WHERE CAST(c.usage_date AS TIMESTAMP) < p.window_start OR CAST(c.usage_date AS TIMESTAMP) >= p.window_end) AS cost_lines_outside;
