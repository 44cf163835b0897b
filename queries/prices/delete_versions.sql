-- Deletes the price_catalog_versions rows of every (as_of, source) the current load staged (insert_versions.sql
-- then writes them anew). No parameters.
DELETE FROM price_catalog_versions v
WHERE EXISTS (
    SELECT 1 FROM (
        SELECT as_of, source FROM stage_prices_ec2 UNION SELECT as_of, source FROM stage_prices_commitment
        UNION SELECT as_of, source FROM stage_prices_fargate UNION SELECT as_of, source FROM stage_prices_lambda
        UNION SELECT as_of, source FROM stage_spot_advisor UNION SELECT as_of, source FROM stage_instance_types) s
    WHERE s.as_of = v.as_of AND s.source = v.source);
