-- 0014_job_runs: the run history: one row per job run (a whole `analyzer run`, or a scheduled collection or report),
-- whether it came from the command line, AWS Batch or the scheduler, so the scheduler's history page and an
-- operator's query see the same runs. A row is written when the run starts (outcome 'running') and completed when
-- it ends; a row left 'running' belongs to a process that died. Numbers 0011 to 0013 were left to other branches.

CREATE TABLE job_runs (
    job_run_id             VARCHAR NOT NULL,
    job                    VARCHAR NOT NULL,   -- run, collect, report
    trigger                VARCHAR NOT NULL,   -- cli, batch, schedule, dashboard
    started_at             TIMESTAMP NOT NULL,
    finished_at            TIMESTAMP,          -- null while running
    outcome                VARCHAR NOT NULL,   -- running, succeeded, collection_failed, report_failed, nothing_found, failed, cancelled, skipped
    error                  VARCHAR,            -- the failure's one line, when it failed
    analysis_run_id        VARCHAR,            -- the analysis run it wrote or reported, if it got that far
    collection_failures    INTEGER,            -- data gaps: accounts, regions or calls the collection could not read
    data_quality_issues    INTEGER,            -- data gaps the analysis run's report lists
    monthly_spend_analyzed DECIMAL(18,6),
    monthly_savings        DECIMAL(18,6),      -- savings found, USD/month
    output_directory       VARCHAR             -- where its reports were written
);
