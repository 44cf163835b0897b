-- Moves one watermark forward (never back), creating it when missing; one statement so it binds in one go.
-- Parameters: $source, $account_id, $region, $closed_through (DATE), $updated_at (TIMESTAMP).
MERGE INTO collection_watermarks AS w
USING (SELECT $source AS source, $account_id AS account_id, $region AS region,
              CAST($closed_through AS DATE) AS closed_through, CAST($updated_at AS TIMESTAMP) AS updated_at) AS n
ON w.source = n.source AND w.account_id = n.account_id AND w.region = n.region
WHEN MATCHED AND w.closed_through < n.closed_through THEN
    UPDATE SET closed_through = n.closed_through, updated_at = n.updated_at
WHEN NOT MATCHED THEN
    INSERT (source, account_id, region, closed_through, updated_at)
    VALUES (n.source, n.account_id, n.region, n.closed_through, n.updated_at);
