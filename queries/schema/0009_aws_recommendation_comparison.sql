-- 0009_aws_recommendation_comparison: compute_optimizer_comparisons holds a second recommender beside Compute
-- Optimizer, Cost Explorer's EC2 rightsizing. One row per workload, run and recommender: every workload of a kind the
-- recommender covers (Compute Optimizer: EC2, Auto Scaling groups, Lambda, ECS on Fargate; Cost Explorer: EC2),
-- and any other it has a recommendation for. source gains 'asg', 'lambda', 'ecs' and 'cost-explorer'.
-- Rows written before this migration are Compute Optimizer's.

ALTER TABLE compute_optimizer_comparisons ADD COLUMN recommender VARCHAR DEFAULT 'compute-optimizer';
