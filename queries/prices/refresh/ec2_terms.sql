-- Stages the OnDemand and Reserved terms of an AmazonEC2 Price List CSV (one pass over a file that can be gigabytes)
-- into stage_ec2_terms: used capacity, no BYOL, for Linux, Windows, RHEL and SUSE (with or without SQL Server) on
-- shared or dedicated tenancy, each named as EC2 names its platform (PlatformDetails) and tenancy. The on-demand
-- price of each platform is kept apart (ec2_ondemand.sql); Reserved rates are taken for Linux on shared tenancy only
-- (ec2_reserved.sql), as the commitment rates are.
-- $path: the CSV; $skip: metadata lines before the header.
INSERT INTO stage_ec2_terms
SELECT "SKU", "OfferTermCode", "TermType", "Unit", CAST("PricePerUnit" AS DECIMAL(18,10)), "LeaseContractLength",
       "PurchaseOption", "OfferingClass", "Instance Type",
       CASE "Operating System" WHEN 'Linux' THEN 'Linux' WHEN 'Windows' THEN 'Windows' WHEN 'RHEL' THEN 'Red Hat Enterprise Linux'
                               WHEN 'SUSE' THEN 'SUSE Linux' END
         || CASE "Pre Installed S/W" WHEN 'NA' THEN '' WHEN 'SQL Std' THEN ' with SQL Server Standard'
                                     WHEN 'SQL Web' THEN ' with SQL Server Web' WHEN 'SQL Ent' THEN ' with SQL Server Enterprise' END
         AS platform,
       CASE "Tenancy" WHEN 'Shared' THEN 'default' WHEN 'Dedicated' THEN 'dedicated' END AS tenancy
FROM read_csv($path, skip = $skip, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)
WHERE "TermType" IN ('OnDemand', 'Reserved')
  AND "Product Family" IN ('Compute Instance', 'Compute Instance (bare metal)')
  AND "Location Type" = 'AWS Region'
  AND "Operating System" IN ('Linux', 'Windows', 'RHEL', 'SUSE')
  AND "operation" LIKE 'RunInstances%'
  AND "Tenancy" IN ('Shared', 'Dedicated')
  AND "Pre Installed S/W" IN ('NA', 'SQL Std', 'SQL Web', 'SQL Ent')
  AND ("Operating System" IN ('Linux', 'Windows') OR "Pre Installed S/W" = 'NA')
  AND "License Model" IS DISTINCT FROM 'Bring your own license'
  AND "CapacityStatus" = 'Used'
  AND "Currency" = 'USD';
