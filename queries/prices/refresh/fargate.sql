-- Stages Fargate Linux rates from an AmazonECS regional CSV into stage_prices_fargate, reading the usage type:
-- [<prefix>-][SpotUsage-]Fargate-[ARM-]vCPU-Hours:perCPU and ...-GB-Hours, and Fargate-EphemeralStorage-GB-Hours
-- (storage above the included 20 GB, given to the on-demand rows). Windows usage types do not match.
-- $path: the CSV; $skip: metadata lines before the header; $region, $source, $as_of: region, label, date.
INSERT INTO stage_prices_fargate
WITH rows AS (
    SELECT regexp_extract("usagetype", '(?:^|-)(SpotUsage-)?Fargate-(ARM-)?(vCPU-Hours:perCPU|GB-Hours|EphemeralStorage-GB-Hours)$', ['spot', 'arm', 'dim']) AS m,
           CAST("PricePerUnit" AS DECIMAL(18,10)) AS price
    FROM read_csv($path, skip = $skip, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)
    WHERE "TermType" = 'OnDemand' AND "Currency" = 'USD' AND "usagetype" LIKE '%Fargate%'
),
parts AS (
    SELECT CASE WHEN m.spot = '' THEN 'on-demand' ELSE 'spot' END AS capacity,
           CASE WHEN m.arm = '' THEN 'x86_64' ELSE 'arm64' END AS arch,
           m.dim AS dim, price
    FROM rows WHERE m.dim <> ''
),
storage AS (SELECT min(price) AS price FROM parts WHERE dim = 'EphemeralStorage-GB-Hours' AND capacity = 'on-demand')
SELECT CAST($region AS VARCHAR), arch, capacity,
       CAST(min(price) FILTER (WHERE dim = 'vCPU-Hours:perCPU') AS DECIMAL(18,8)),
       CAST(min(price) FILTER (WHERE dim = 'GB-Hours') AS DECIMAL(18,8)),
       CASE WHEN capacity = 'on-demand' THEN CAST((SELECT price FROM storage) AS DECIMAL(18,8)) END,
       CAST($source AS VARCHAR), CAST($as_of AS DATE)
FROM parts
WHERE dim <> 'EphemeralStorage-GB-Hours'
GROUP BY arch, capacity
HAVING count(*) FILTER (WHERE dim = 'vCPU-Hours:perCPU') > 0 AND count(*) FILTER (WHERE dim = 'GB-Hours') > 0;
