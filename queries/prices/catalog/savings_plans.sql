-- Stages catalog/pricing/savings_plans.csv into stage_prices_commitment (the loader then replaces the target's rows of the same
-- source, as_of and region in one transaction).
-- $path: the CSV file; $source: provenance label; $as_of: the date the file reflects (null: each row's basis column, e.g. 'retrieved:2026-09-24').
-- usd_per_hour is the effective rate AWS publishes for the plan (the upfront share already included), and the
-- source gives no separate upfront fee, so upfront_usd stays null.
INSERT INTO stage_prices_commitment
SELECT region, instance_type, plan, term_years, payment, usd_per_hour, NULL, $source,
       COALESCE(CAST($as_of AS DATE), CAST(regexp_extract(basis, '\d{4}-\d{2}-\d{2}') AS DATE))
FROM read_csv($path, header = true, auto_detect = false,
    columns = {'region': 'VARCHAR', 'instance_type': 'VARCHAR', 'plan': 'VARCHAR', 'term_years': 'INTEGER',
               'payment': 'VARCHAR', 'usd_per_hour': 'DECIMAL(18,8)', 'basis': 'VARCHAR'});
