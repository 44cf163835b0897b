-- Reads prices_fargate for a price catalog as known on a date.
-- $regions: VARCHAR[], only these regions' rows (NULL: every region); $not_after: DATE, rows dated after it are left out; $newest_only: BOOLEAN, true keeps only the newest row per
-- region, arch and capacity (ties between sources of one date go to the one loaded last), false keeps every date.
-- Output: p.region, p.arch, p.capacity, p.usd_per_vcpu_hour, p.usd_per_gb_hour, p.usd_per_storage_gb_hour, p.source, p.as_of
SELECT p.region, p.arch, p.capacity, p.usd_per_vcpu_hour, p.usd_per_gb_hour, p.usd_per_storage_gb_hour, p.source, p.as_of
FROM prices_fargate p
LEFT JOIN price_catalog_versions v ON v.source = p.source AND v.as_of = p.as_of
WHERE p.as_of <= CAST($not_after AS DATE)
  AND ($regions IS NULL OR list_contains(CAST($regions AS VARCHAR[]), p.region))
QUALIFY NOT CAST($newest_only AS BOOLEAN)
     OR row_number() OVER (PARTITION BY p.region, p.arch, p.capacity ORDER BY p.as_of DESC, v.loaded_at DESC NULLS LAST, p.source) = 1
ORDER BY p.region, p.arch, p.capacity, p.as_of;
