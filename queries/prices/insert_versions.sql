-- Inserts one price_catalog_versions row per (as_of, source) the current load staged.
-- $loaded_at: when the load ran (UTC); $note: free text, may be null.
INSERT INTO price_catalog_versions
SELECT DISTINCT as_of, source, CAST($loaded_at AS TIMESTAMP), CAST($note AS VARCHAR)
FROM (
    SELECT as_of, source FROM stage_prices_ec2 UNION SELECT as_of, source FROM stage_prices_commitment
    UNION SELECT as_of, source FROM stage_prices_fargate UNION SELECT as_of, source FROM stage_prices_lambda
    UNION SELECT as_of, source FROM stage_spot_advisor UNION SELECT as_of, source FROM stage_instance_types);
