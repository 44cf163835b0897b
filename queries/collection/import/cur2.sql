-- Stages an AWS Data Exports CUR 2.0 file (Parquet or CSV) as daily cost lines in temp table import_cost.
-- No bound parameters: the file is getvariable('import_path'); {reader} is read_parquet or read_csv, chosen in code.
-- Output columns: usage_date, account_id, account_name, region, service, usage_type, resource_id, unblended_cost,
-- amortized_cost, usage_quantity.
-- Amortized cost follows AWS's CUR guidance per line item type: Savings Plans and RI covered usage at its effective
-- cost, the unused part of recurring commitments, upfront fees and negations at zero, everything else unblended.
-- service is line_item_product_code ("AmazonEC2"), where Cost Explorer reports product names.
CREATE OR REPLACE TEMP TABLE import_cost AS
SELECT
    CAST(line_item_usage_start_date AS DATE) AS usage_date,
    CAST(line_item_usage_account_id AS VARCHAR) AS account_id,
    max(CAST(line_item_usage_account_name AS VARCHAR)) AS account_name,
    coalesce(nullif(CAST(product_region_code AS VARCHAR), ''), 'global') AS region,
    CAST(line_item_product_code AS VARCHAR) AS service,
    coalesce(CAST(line_item_usage_type AS VARCHAR), '') AS usage_type,
    nullif(CAST(line_item_resource_id AS VARCHAR), '') AS resource_id,
    sum(coalesce(CAST(line_item_unblended_cost AS DECIMAL(18,6)), 0)) AS unblended_cost,
    sum(coalesce(CASE CAST(line_item_line_item_type AS VARCHAR)
        WHEN 'SavingsPlanCoveredUsage' THEN CAST(savings_plan_savings_plan_effective_cost AS DECIMAL(18,6))
        WHEN 'SavingsPlanRecurringFee' THEN CAST(savings_plan_total_commitment_to_date AS DECIMAL(18,6))
                                          - CAST(savings_plan_used_commitment AS DECIMAL(18,6))
        WHEN 'SavingsPlanNegation' THEN 0
        WHEN 'SavingsPlanUpfrontFee' THEN 0
        WHEN 'DiscountedUsage' THEN CAST(reservation_effective_cost AS DECIMAL(18,6))
        WHEN 'RIFee' THEN CAST(reservation_unused_amortized_upfront_fee_for_billing_period AS DECIMAL(18,6))
                        + CAST(reservation_unused_recurring_fee AS DECIMAL(18,6))
        WHEN 'Fee' THEN CASE WHEN coalesce(CAST(reservation_reservation_a_r_n AS VARCHAR), '') <> '' THEN 0
                             ELSE CAST(line_item_unblended_cost AS DECIMAL(18,6)) END
        ELSE CAST(line_item_unblended_cost AS DECIMAL(18,6))
    END, 0)) AS amortized_cost,
    sum(coalesce(CAST(line_item_usage_amount AS DECIMAL(18,6)), 0)) AS usage_quantity
FROM {reader}
WHERE line_item_usage_account_id IS NOT NULL AND line_item_usage_start_date IS NOT NULL
GROUP BY 1, 2, 4, 5, 6, 7;
