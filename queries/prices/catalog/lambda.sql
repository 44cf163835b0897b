-- Stages catalog/pricing/lambda.csv into stage_prices_lambda (the loader then replaces the target's rows of the same
-- source, as_of and region in one transaction).
-- $path: the CSV file; $source: provenance label; $as_of: the date the file reflects (from catalog/pricing/provenance.csv).
INSERT INTO stage_prices_lambda
SELECT region, arch, tier_gb_seconds_from, usd_per_gb_second, usd_per_million_requests, $source, CAST($as_of AS DATE)
FROM read_csv($path, header = true, auto_detect = false,
    columns = {'region': 'VARCHAR', 'arch': 'VARCHAR', 'tier_gb_seconds_from': 'DECIMAL(18,0)',
               'usd_per_gb_second': 'DECIMAL(18,12)', 'usd_per_million_requests': 'DECIMAL(18,8)'});
