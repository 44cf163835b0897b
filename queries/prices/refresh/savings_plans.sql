-- Stages Savings Plans rates for Linux, shared-tenancy EC2 usage (DiscountedUsageType "BoxUsage:<type>", with or
-- without a region prefix, and DiscountedOperation "RunInstances") from an AWSComputeSavingsPlan regional CSV
-- into stage_prices_commitment. Fargate and Lambda rates in the same file are not instance rates and are skipped.
-- DiscountedRate is the plan's effective hourly rate; the file gives no separate upfront fee.
-- $path: the CSV; $skip: metadata lines before the header; $region, $source, $as_of: region, label, date.
INSERT INTO stage_prices_commitment
SELECT CAST($region AS VARCHAR), instance_type, plan, term_years, payment, CAST(min(rate) AS DECIMAL(18,8)), NULL,
       CAST($source AS VARCHAR), CAST($as_of AS DATE)
FROM (
    SELECT regexp_extract("DiscountedUsageType", 'BoxUsage:(.+)$', 1) AS instance_type,
           CASE WHEN "Product Family" ILIKE '%EC2Instance%' OR "UsageType" ILIKE 'EC2SP:%' THEN 'ec2instance'
                WHEN "Product Family" ILIKE '%Compute%' OR "UsageType" ILIKE 'ComputeSP:%' THEN 'compute' END AS plan,
           CAST("LeaseContractLength" AS INTEGER) AS term_years,
           CASE "PurchaseOption" WHEN 'No Upfront' THEN 'no' WHEN 'Partial Upfront' THEN 'partial' WHEN 'All Upfront' THEN 'all' END AS payment,
           CAST("DiscountedRate" AS DECIMAL(18,10)) AS rate
    FROM read_csv($path, skip = $skip, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)
    WHERE "DiscountedServiceCode" = 'AmazonEC2'
      AND "DiscountedOperation" = 'RunInstances'
      AND regexp_matches("DiscountedUsageType", '(^|-)BoxUsage:')
      AND "LeaseContractLengthUnit" ILIKE 'year%'
      AND "Currency" = 'USD'
)
GROUP BY instance_type, plan, term_years, payment;
