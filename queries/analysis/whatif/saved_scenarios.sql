-- The saved what-if scenarios, oldest first: what the report renders and `analyzer whatif --list` prints.
-- No parameters.
-- Output: name, description, definition, baseline_run_id, saved_at, workloads, selected, infeasible,
--   before_current_monthly, before_recommended_monthly, before_commitment_savings, before_added_savings,
--   after_current_monthly, after_recommended_monthly, after_commitment_savings, after_added_savings,
--   commitment_before, commitment_after, missing_prices
SELECT name, description, definition, baseline_run_id, saved_at, workloads, selected, infeasible,
       before_current_monthly, before_recommended_monthly, before_commitment_savings, before_added_savings,
       after_current_monthly, after_recommended_monthly, after_commitment_savings, after_added_savings,
       commitment_before, commitment_after, missing_prices
FROM whatif_scenarios
ORDER BY saved_at, name;
