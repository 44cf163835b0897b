-- Stages catalog/pricing/instance_types.csv into stage_instance_types (the loader then replaces the target's rows of the same
-- source, as_of and region in one transaction).
-- $path: the CSV file; $source: provenance label; $as_of: the date the file reflects (from catalog/pricing/provenance.csv).
INSERT INTO stage_instance_types
SELECT instance_type, family, generation, vcpu, memory_gib, NULLIF(arch, ''), burstable, baseline_cpu_pct, gpus,
       $source, CAST($as_of AS DATE)
FROM read_csv($path, header = true, auto_detect = false,
    columns = {'instance_type': 'VARCHAR', 'family': 'VARCHAR', 'generation': 'INTEGER', 'vcpu': 'INTEGER',
               'memory_gib': 'DECIMAL(18,10)', 'arch': 'VARCHAR', 'burstable': 'BOOLEAN',
               'baseline_cpu_pct': 'DECIMAL(6,2)', 'gpus': 'INTEGER'});
