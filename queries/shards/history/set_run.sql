-- Names the analysis run the next history export reads, with getvariable('history_run_id').
-- Parameters: $run_id.
SET VARIABLE history_run_id = $run_id;
