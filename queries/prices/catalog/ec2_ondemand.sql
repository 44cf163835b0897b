-- Stages catalog/pricing/ec2_ondemand.csv into stage_prices_ec2 (the loader then replaces the target's rows of the same
-- source, as_of and region in one transaction).
-- The file holds Linux/UNIX prices on shared tenancy (catalog/pricing/SOURCES.md).
-- $path: the CSV file; $source: provenance label; $as_of: the date the file reflects (from catalog/pricing/provenance.csv).
INSERT INTO stage_prices_ec2
SELECT region, instance_type, 'on-demand', usd_per_hour, $source, CAST($as_of AS DATE), 'Linux/UNIX', 'default'
FROM read_csv($path, header = true, auto_detect = false,
    columns = {'region': 'VARCHAR', 'instance_type': 'VARCHAR', 'usd_per_hour': 'DECIMAL(18,8)'});
