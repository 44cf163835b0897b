-- Empties load_replaced once SampleSpans has replaced what find_replaced.sql or find_replaced_of.sql put in it, so
-- the next find starts from an empty table. No parameters.
DELETE FROM load_replaced;
