-- Reads prices_lambda for a price catalog as known on a date. Tiers go together: with $newest_only, every tier
-- of the newest date per region and arch is kept (ties between sources of one date go to the one loaded last),
-- so a schedule never mixes dates.
-- $regions: VARCHAR[], only these regions' rows (NULL: every region); $not_after: DATE, rows dated after it are left out; $newest_only: BOOLEAN, false keeps every date.
-- Output: region, arch, tier_gb_seconds_from, usd_per_gb_second, usd_per_million_requests, source, as_of
WITH dated AS (
    SELECT p.*, v.loaded_at
    FROM prices_lambda p
    LEFT JOIN price_catalog_versions v ON v.source = p.source AND v.as_of = p.as_of
    WHERE p.as_of <= CAST($not_after AS DATE)
      AND ($regions IS NULL OR list_contains(CAST($regions AS VARCHAR[]), p.region))
),
chosen AS (
    SELECT region, arch, as_of, source
    FROM dated
    QUALIFY row_number() OVER (PARTITION BY region, arch ORDER BY as_of DESC, loaded_at DESC NULLS LAST, source) = 1
)
SELECT d.region, d.arch, d.tier_gb_seconds_from, d.usd_per_gb_second, d.usd_per_million_requests, d.source, d.as_of
FROM dated d
WHERE NOT CAST($newest_only AS BOOLEAN)
   OR EXISTS (SELECT 1 FROM chosen c WHERE c.region = d.region AND c.arch = d.arch AND c.as_of = d.as_of AND c.source = d.source)
ORDER BY d.region, d.arch, d.as_of, d.tier_gb_seconds_from;
