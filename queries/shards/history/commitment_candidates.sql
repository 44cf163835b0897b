-- History: the run's commitment candidates, organisation-wide (no account partition): one file per period.
-- No bound parameters: the run is getvariable('history_run_id'); writes to getvariable('history_path').
-- Columns: commitment_candidates' columns.
COPY (
    SELECT * FROM commitment_candidates
    WHERE run_id = getvariable('history_run_id')
    ORDER BY plan, term_years, payment
)
TO (getvariable('history_path')) (FORMAT parquet);
