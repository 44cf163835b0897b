-- What a run's commitment series holds per kind of usage: on-demand-equivalent spend per month, recommended and today.
-- $run_id: the run.
-- Output: usage (ec2, fargate, lambda), recommended_monthly, current_monthly
SELECT usage, recommended_monthly, current_monthly
FROM commitment_series
WHERE run_id = $run_id
ORDER BY CASE usage WHEN 'ec2' THEN 0 WHEN 'fargate' THEN 1 ELSE 2 END;
