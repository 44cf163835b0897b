-- Temp tables for retiring a source's workloads (AnalyzerStore.RetireWorkloads): the source, and the ids its latest
-- full inventory holds, appended by the caller before apply.sql runs.
CREATE OR REPLACE TEMP TABLE retire_params (source VARCHAR);

CREATE OR REPLACE TEMP TABLE retire_keep (workload_id VARCHAR);
