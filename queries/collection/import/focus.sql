-- Stages a FOCUS 1.0 export (AWS Data Exports "FOCUS 1.0 with AWS columns", Parquet or CSV) as daily cost lines in
-- temp table import_cost. No bound parameters: the file is getvariable('import_path'); {reader} is chosen in code.
-- Output columns: as collection/import/cur2. BilledCost is the unblended cost, EffectiveCost the amortized cost,
-- ConsumedQuantity the usage quantity; the usage type is AWS's x_UsageType column.
CREATE OR REPLACE TEMP TABLE import_cost AS
SELECT
    CAST(ChargePeriodStart AS DATE) AS usage_date,
    CAST(SubAccountId AS VARCHAR) AS account_id,
    max(CAST(SubAccountName AS VARCHAR)) AS account_name,
    coalesce(nullif(CAST(RegionId AS VARCHAR), ''), 'global') AS region,
    CAST(ServiceName AS VARCHAR) AS service,
    coalesce(CAST(x_UsageType AS VARCHAR), '') AS usage_type,
    nullif(CAST(ResourceId AS VARCHAR), '') AS resource_id,
    sum(coalesce(CAST(BilledCost AS DECIMAL(18,6)), 0)) AS unblended_cost,
    sum(coalesce(CAST(EffectiveCost AS DECIMAL(18,6)), 0)) AS amortized_cost,
    sum(coalesce(CAST(ConsumedQuantity AS DECIMAL(18,6)), 0)) AS usage_quantity
FROM {reader}
WHERE SubAccountId IS NOT NULL AND ChargePeriodStart IS NOT NULL
GROUP BY 1, 2, 4, 5, 6, 7;
