-- Stages catalog/pricing/reserved.csv into stage_prices_commitment (the loader then replaces the target's rows of the same
-- source, as_of and region in one transaction).
-- $path: the CSV file; $source: provenance label; $as_of: the date the file reflects (null: each row's basis column, e.g. 'retrieved:2025-04-05').
-- offering 'standard'/'convertible' becomes plan 'ri-standard'/'ri-convertible'. upfront_usd is empty in the file
-- where the source gave only the effective rate; it stays null then.
INSERT INTO stage_prices_commitment
SELECT region, instance_type, 'ri-' || offering, term_years, payment, effective_usd_per_hour, upfront_usd, $source,
       COALESCE(CAST($as_of AS DATE), CAST(regexp_extract(basis, '\d{4}-\d{2}-\d{2}') AS DATE))
FROM read_csv($path, header = true, auto_detect = false,
    columns = {'region': 'VARCHAR', 'instance_type': 'VARCHAR', 'offering': 'VARCHAR', 'term_years': 'INTEGER',
               'payment': 'VARCHAR', 'upfront_usd': 'DECIMAL(18,4)', 'usd_per_hour': 'DECIMAL(18,8)',
               'effective_usd_per_hour': 'DECIMAL(18,8)', 'basis': 'VARCHAR'});
