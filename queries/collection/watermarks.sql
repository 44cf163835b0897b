-- Every collection watermark. No parameters.
-- Output: source, account_id, region, closed_through (DATE).
SELECT source, account_id, region, closed_through
FROM collection_watermarks
ORDER BY source, account_id, region;
