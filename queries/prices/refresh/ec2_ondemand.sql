-- Stages on-demand hourly prices from stage_ec2_terms (filled by ec2_terms.sql) into stage_prices_ec2, one per
-- instance type, platform and tenancy ('Linux' is written as EC2's 'Linux/UNIX').
-- $region, $source, $as_of: the file's region, provenance label and publication date.
-- Should AWS list two matching SKUs for one type, the lower price is kept rather than a duplicate row.
INSERT INTO stage_prices_ec2
SELECT CAST($region AS VARCHAR), instance_type, 'on-demand', CAST(min(price) AS DECIMAL(18,8)), CAST($source AS VARCHAR), CAST($as_of AS DATE),
       CASE platform WHEN 'Linux' THEN 'Linux/UNIX' ELSE platform END, tenancy
FROM stage_ec2_terms
WHERE term_type = 'OnDemand' AND unit = 'Hrs'
GROUP BY instance_type, platform, tenancy;
