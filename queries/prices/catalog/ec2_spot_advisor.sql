-- Stages catalog/pricing/ec2_spot_advisor.csv into stage_spot_advisor (the loader then replaces the target's rows of the same
-- source, as_of and region in one transaction).
-- $path: the CSV file; $source: provenance label; $as_of: the date the file reflects (from catalog/pricing/provenance.csv).
INSERT INTO stage_spot_advisor
SELECT region, instance_type, savings_vs_ondemand_pct, interruption_frequency, $source, CAST($as_of AS DATE)
FROM read_csv($path, header = true, auto_detect = false,
    columns = {'region': 'VARCHAR', 'instance_type': 'VARCHAR', 'savings_vs_ondemand_pct': 'INTEGER', 'interruption_frequency': 'VARCHAR'});
