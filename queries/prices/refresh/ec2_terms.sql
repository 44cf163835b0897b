-- Stages the Linux, shared-tenancy, no pre-installed software, used-capacity OnDemand and Reserved terms of an
-- AmazonEC2 Price List CSV (one pass over a file that can be gigabytes) into stage_ec2_terms.
-- $path: the CSV; $skip: metadata lines before the header.
INSERT INTO stage_ec2_terms
SELECT "SKU", "OfferTermCode", "TermType", "Unit", CAST("PricePerUnit" AS DECIMAL(18,10)), "LeaseContractLength",
       "PurchaseOption", "OfferingClass", "Instance Type"
FROM read_csv($path, skip = $skip, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)
WHERE "TermType" IN ('OnDemand', 'Reserved')
  AND "Product Family" IN ('Compute Instance', 'Compute Instance (bare metal)')
  AND "Location Type" = 'AWS Region'
  AND "Operating System" = 'Linux'
  AND "operation" = 'RunInstances'
  AND "Tenancy" = 'Shared'
  AND "Pre Installed S/W" = 'NA'
  AND "CapacityStatus" = 'Used'
  AND "Currency" = 'USD';
