-- Savings Plans held, from the bill, mapped to the optimizer's words. The engine keeps those active at the window's
-- end. A plan seen by several collection windows is one plan (the newest row wins).
-- Parameters: none.
-- Output: account_id, savings_plan_arn, plan, term_years, payment, region, instance_family, hourly_commitment_usd,
--         starts_at, ends_at
SELECT account_id, savings_plan_arn,
       CASE plan_type WHEN 'Compute' THEN 'compute' WHEN 'EC2Instance' THEN 'ec2instance' ELSE plan_type END AS plan,
       term_years,
       CASE payment_option WHEN 'NO_UPFRONT' THEN 'no' WHEN 'PARTIAL_UPFRONT' THEN 'partial' WHEN 'ALL_UPFRONT' THEN 'all' END AS payment,
       region, instance_family, hourly_commitment_usd, starts_at, ends_at
FROM savings_plans_held
QUALIFY row_number() OVER (PARTITION BY savings_plan_arn ORDER BY collected_at DESC, window_end DESC) = 1
ORDER BY savings_plan_arn;
