-- Drops the temp tables stage_tables.sql creates. No parameters.
DROP TABLE IF EXISTS stage_prices_ec2;
DROP TABLE IF EXISTS stage_prices_commitment;
DROP TABLE IF EXISTS stage_prices_fargate;
DROP TABLE IF EXISTS stage_prices_lambda;
DROP TABLE IF EXISTS stage_spot_advisor;
DROP TABLE IF EXISTS stage_instance_types;
DROP TABLE IF EXISTS stage_ec2_terms;
