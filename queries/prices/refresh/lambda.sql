-- Stages Lambda duration tiers (per GB-second, x86 and Arm) with the request price (per request x 1,000,000)
-- from an AWSLambda regional CSV into stage_prices_lambda. Edge, provisioned concurrency and storage groups
-- are skipped.
-- $path: the CSV; $skip: metadata lines before the header; $region, $source, $as_of: region, label, date.
INSERT INTO stage_prices_lambda
WITH rows AS (
    SELECT "Group" AS grp,
           CAST(coalesce(NULLIF("StartingRange", ''), '0') AS DECIMAL(18,0)) AS tier_from,
           CAST("PricePerUnit" AS DECIMAL(18,12)) AS price
    FROM read_csv($path, skip = $skip, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)
    WHERE "TermType" = 'OnDemand'
      AND "Currency" = 'USD'
      AND "Group" IN ('AWS-Lambda-Duration', 'AWS-Lambda-Duration-ARM', 'AWS-Lambda-Requests', 'AWS-Lambda-Requests-ARM')
)
SELECT CAST($region AS VARCHAR),
       CASE WHEN d.grp = 'AWS-Lambda-Duration-ARM' THEN 'arm64' ELSE 'x86_64' END,
       d.tier_from, d.price, CAST(r.price * 1000000 AS DECIMAL(18,8)),
       CAST($source AS VARCHAR), CAST($as_of AS DATE)
FROM rows d
JOIN rows r ON r.grp = replace(d.grp, 'Duration', 'Requests') AND r.tier_from = 0
WHERE d.grp IN ('AWS-Lambda-Duration', 'AWS-Lambda-Duration-ARM');
