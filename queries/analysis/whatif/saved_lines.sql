-- A saved what-if scenario's workload rows, biggest change first (those left unpriced last).
-- $name: the scenario's name.
-- Output: workload_id, name, account_id, region, moved_from, kind, selected, current_before, current_after,
--   before_option, before_monthly, after_option, after_family, after_monthly, infeasible, unpriced
SELECT workload_id, name, account_id, region, moved_from, kind, selected, current_before, current_after,
       before_option, before_monthly, after_option, after_family, after_monthly, infeasible, unpriced
FROM whatif_scenario_lines
WHERE scenario = $name
ORDER BY unpriced, abs(after_monthly - before_monthly) DESC, workload_id;
