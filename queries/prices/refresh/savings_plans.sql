-- Stages Savings Plans rates from an AWSComputeSavingsPlan regional CSV into stage_prices_commitment:
--   * Linux, shared-tenancy EC2 usage (DiscountedUsageType "BoxUsage:<type>", with or without a region prefix, and
--     DiscountedOperation "RunInstances"), Compute and EC2 Instance plans, keyed by instance type, per instance-hour;
--   * Fargate (DiscountedServiceCode "AmazonECS", "[<prefix>-]Fargate-[ARM-]vCPU-Hours:perCPU"), Compute plans, keyed
--     "fargate:x86_64" / "fargate:arm64", per vCPU-hour (the plan discounts vCPU and GB-hours alike; the analysis
--     divides it by the on-demand vCPU-hour rate for the key's discount);
--   * Lambda duration (DiscountedServiceCode "AWSLambda", "[<prefix>-]Lambda-GB-Second[-ARM]"), Compute plans, keyed
--     "lambda:x86_64" / "lambda:arm64", per GB-hour (3,600 GB-seconds: a GB-second rate has more digits than the
--     column keeps; the analysis divides it by 3,600 x the first on-demand duration tier's rate).
-- DiscountedRate is the plan's effective rate; the file gives no separate upfront fee.
-- $path: the CSV; $skip: metadata lines before the header; $region, $source, $as_of: region, label, date.
INSERT INTO stage_prices_commitment
SELECT CAST($region AS VARCHAR), instance_type, plan, term_years, payment, CAST(min(rate) AS DECIMAL(18,8)), NULL,
       CAST($source AS VARCHAR), CAST($as_of AS DATE)
FROM (
    SELECT CASE
               WHEN "DiscountedServiceCode" = 'AmazonEC2' THEN regexp_extract("DiscountedUsageType", 'BoxUsage:(.+)$', 1)
               WHEN "DiscountedServiceCode" = 'AmazonECS'
                   THEN 'fargate:' || CASE WHEN regexp_matches("DiscountedUsageType", '(^|-)Fargate-ARM-') THEN 'arm64' ELSE 'x86_64' END
               ELSE 'lambda:' || CASE WHEN regexp_matches("DiscountedUsageType", '-ARM$') THEN 'arm64' ELSE 'x86_64' END
           END AS instance_type,
           CASE WHEN "Product Family" ILIKE '%EC2Instance%' OR "UsageType" ILIKE 'EC2SP:%' THEN 'ec2instance'
                WHEN "Product Family" ILIKE '%Compute%' OR "UsageType" ILIKE 'ComputeSP:%' THEN 'compute' END AS plan,
           CAST("LeaseContractLength" AS INTEGER) AS term_years,
           CASE "PurchaseOption" WHEN 'No Upfront' THEN 'no' WHEN 'Partial Upfront' THEN 'partial' WHEN 'All Upfront' THEN 'all' END AS payment,
           CAST("DiscountedRate" AS DECIMAL(24,14)) * CASE WHEN "DiscountedServiceCode" = 'AWSLambda' THEN 3600 ELSE 1 END AS rate
    FROM read_csv($path, skip = $skip, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)
    WHERE "LeaseContractLengthUnit" ILIKE 'year%'
      AND "Currency" = 'USD'
      AND (("DiscountedServiceCode" = 'AmazonEC2'
            AND "DiscountedOperation" = 'RunInstances'
            AND regexp_matches("DiscountedUsageType", '(^|-)BoxUsage:'))
        OR ("DiscountedServiceCode" = 'AmazonECS'
            AND regexp_matches("DiscountedUsageType", '(^|-)Fargate-(ARM-)?vCPU-Hours:perCPU$'))
        OR ("DiscountedServiceCode" = 'AWSLambda'
            AND regexp_matches("DiscountedUsageType", '(^|-)Lambda-GB-Second(-ARM)?$')))
)
WHERE plan = 'compute' OR instance_type NOT LIKE '%:%'
GROUP BY instance_type, plan, term_years, payment;
