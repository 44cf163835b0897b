-- Whether one workload the loading batch has samples of but does not name has a span (sample_spans) in the batch's
-- source that reaches into its window: only then does SampleLoader flush its appender and replace the workload's
-- stored samples (find_replaced_of.sql). Reads the spans, not the samples.
-- Parameters: $workload_id, $source, $window_start, $window_end. Output: reaches (BOOLEAN).
SELECT EXISTS (
    SELECT 1 FROM sample_spans
    WHERE source = $source
      AND first_hour < $window_end
      AND last_hour >= $window_start
      AND workload_id = $workload_id) AS reaches;
