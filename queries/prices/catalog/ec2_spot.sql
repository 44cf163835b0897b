-- Stages catalog/pricing/ec2_spot.csv into stage_prices_ec2 (the loader then replaces the target's rows of the same
-- source, as_of and region in one transaction).
-- $path: the CSV file; $source: provenance label; $as_of: the date the file reflects (null: each row's basis column, e.g. 'snapshot<=2024-08-09').
INSERT INTO stage_prices_ec2
SELECT region, instance_type, 'spot', usd_per_hour, $source,
       COALESCE(CAST($as_of AS DATE), CAST(regexp_extract(basis, '\d{4}-\d{2}-\d{2}') AS DATE)), 'Linux/UNIX', 'default'
FROM read_csv($path, header = true, auto_detect = false,
    columns = {'region': 'VARCHAR', 'instance_type': 'VARCHAR', 'usd_per_hour': 'DECIMAL(18,8)', 'basis': 'VARCHAR'});
