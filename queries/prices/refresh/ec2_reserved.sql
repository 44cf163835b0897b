-- Stages Reserved Instance rates (Linux, shared tenancy) from stage_ec2_terms (filled by ec2_terms.sql) into stage_prices_commitment.
-- An RI offer is one SKU and OfferTermCode with an hourly row (Unit 'Hrs') and, for partial and all upfront, an
-- upfront fee row (Unit 'Quantity'). The effective rate is the hourly fee plus the fee spread over the term's
-- hours (8760 a year), as CommitmentRate defines it.
-- $region, $source, $as_of: the file's region, provenance label and publication date.
WITH offers AS (
    SELECT instance_type,
           'ri-' || lower(offering_class) AS plan,
           CAST(regexp_extract(lease, '^(\d+)yr$', 1) AS INTEGER) AS term_years,
           CASE purchase_option WHEN 'No Upfront' THEN 'no' WHEN 'Partial Upfront' THEN 'partial' WHEN 'All Upfront' THEN 'all' END AS payment,
           sum(price) FILTER (WHERE unit = 'Hrs') AS hourly,
           coalesce(sum(price) FILTER (WHERE unit = 'Quantity'), 0) AS upfront
    FROM stage_ec2_terms
    WHERE term_type = 'Reserved' AND platform = 'Linux' AND tenancy = 'default'
    GROUP BY sku, offer_term_code, instance_type, offering_class, lease, purchase_option
)
INSERT INTO stage_prices_commitment
SELECT CAST($region AS VARCHAR), instance_type, plan, term_years, payment,
       CAST(min(hourly + upfront / (8760 * term_years)) AS DECIMAL(18,8)),
       CAST(min(upfront) AS DECIMAL(18,4)), CAST($source AS VARCHAR), CAST($as_of AS DATE)
FROM offers
WHERE hourly IS NOT NULL
GROUP BY instance_type, plan, term_years, payment;
