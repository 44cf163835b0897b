-- The Reserved Instances held a run read, and what it did with each: applied before every Savings Plan (size-flexible
-- in its family and region, or to its own type only) or not applied, with the reason.
-- $run_id: the run.
-- Output: account_id, reserved_instances_id, region, instance_type, instance_count, scope, availability_zone,
--         offering_class, offering_type, product_description, instance_tenancy, starts_at, ends_at,
--         on_demand_usd_per_hour, applied, covers, monthly_covered_usd, monthly_covered_today_usd,
--         amortized_usd_per_hour, monthly_fee_usd (0 before migration 0020), state ('active' or 'queued'),
--         moved_workloads, moved_monthly_savings_usd (the workloads the rightsizing moves off it and what they save)
SELECT account_id, reserved_instances_id, region, instance_type, instance_count, scope, availability_zone,
       offering_class, offering_type, product_description, instance_tenancy, starts_at, ends_at,
       on_demand_usd_per_hour, applied, covers, monthly_covered_usd, monthly_covered_today_usd,
       coalesce(amortized_usd_per_hour, 0) AS amortized_usd_per_hour, coalesce(monthly_fee_usd, 0) AS monthly_fee_usd,
       coalesce(state, 'active') AS state, coalesce(moved_workloads, 0) AS moved_workloads,
       coalesce(moved_monthly_savings_usd, 0) AS moved_monthly_savings_usd
FROM reserved_instances_held_applied
WHERE run_id = $run_id
ORDER BY applied DESC, ends_at NULLS LAST, reserved_instances_id;
