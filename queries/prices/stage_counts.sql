-- Counts the rows a load staged, per target table (see stage_tables.sql). No parameters.
-- Output: prices_ec2, prices_commitment, prices_fargate, prices_lambda, spot_advisor, instance_types
SELECT (SELECT count(*) FROM stage_prices_ec2) AS prices_ec2,
       (SELECT count(*) FROM stage_prices_commitment) AS prices_commitment,
       (SELECT count(*) FROM stage_prices_fargate) AS prices_fargate,
       (SELECT count(*) FROM stage_prices_lambda) AS prices_lambda,
       (SELECT count(*) FROM stage_spot_advisor) AS spot_advisor,
       (SELECT count(*) FROM stage_instance_types) AS instance_types;
