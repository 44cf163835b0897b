-- Cost Explorer's Savings Plan purchase recommendations over the organisation, per plan, term and payment: the PAYER
-- row when one was collected, else the LINKED rows summed over accounts. Of several lookbacks the one nearest
-- $window_days is taken (the longer on a tie).
-- $window_days INTEGER: the analysis window in days.
-- Output: plan, term_years, payment, account_scope, lookback_days, accounts, hourly_commitment_usd,
--         estimated_monthly_savings_usd, estimated_avg_utilization_pct, generated_at
WITH per_scope AS (
    SELECT CASE plan_type WHEN 'COMPUTE_SP' THEN 'compute' WHEN 'EC2_INSTANCE_SP' THEN 'ec2instance' END AS plan,
           term_years,
           CASE payment_option WHEN 'NO_UPFRONT' THEN 'no' WHEN 'PARTIAL_UPFRONT' THEN 'partial' WHEN 'ALL_UPFRONT' THEN 'all' END AS payment,
           account_scope, lookback_days,
           count(DISTINCT account_id)                               AS accounts,
           sum(hourly_commitment_usd)                               AS hourly_commitment_usd,
           coalesce(sum(estimated_monthly_savings_usd), 0)          AS estimated_monthly_savings_usd,
           sum(estimated_avg_utilization_pct * hourly_commitment_usd) FILTER (WHERE estimated_avg_utilization_pct IS NOT NULL)
             / nullif(sum(hourly_commitment_usd) FILTER (WHERE estimated_avg_utilization_pct IS NOT NULL), 0) AS estimated_avg_utilization_pct,
           max(generated_at)                                        AS generated_at
    FROM ce_savings_plan_recommendations
    WHERE plan_type IN ('COMPUTE_SP', 'EC2_INSTANCE_SP')
      AND payment_option IN ('NO_UPFRONT', 'PARTIAL_UPFRONT', 'ALL_UPFRONT')
      AND account_scope IN ('PAYER', 'LINKED')
    GROUP BY ALL
)
SELECT plan, term_years, payment, account_scope, lookback_days, accounts, hourly_commitment_usd,
       estimated_monthly_savings_usd, estimated_avg_utilization_pct, generated_at
FROM per_scope
QUALIFY row_number() OVER (PARTITION BY plan, term_years, payment
                           ORDER BY account_scope = 'PAYER' DESC, abs(lookback_days - $window_days), lookback_days DESC) = 1
ORDER BY plan, term_years, payment;
