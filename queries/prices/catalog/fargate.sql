-- Stages catalog/pricing/fargate.csv into stage_prices_fargate (the loader then replaces the target's rows of the same
-- source, as_of and region in one transaction).
-- $path: the CSV file; $source: provenance label; $as_of: the date the file reflects (from catalog/pricing/provenance.csv).
INSERT INTO stage_prices_fargate
SELECT region, arch, capacity, usd_per_vcpu_hour, usd_per_gb_hour, usd_per_storage_gb_hour, $source, CAST($as_of AS DATE)
FROM read_csv($path, header = true, auto_detect = false,
    columns = {'region': 'VARCHAR', 'arch': 'VARCHAR', 'capacity': 'VARCHAR', 'usd_per_vcpu_hour': 'DECIMAL(18,8)',
               'usd_per_gb_hour': 'DECIMAL(18,8)', 'usd_per_storage_gb_hour': 'DECIMAL(18,8)'});
