-- find_replaced.sql for one workload the batch has samples of but does not name, when SampleLoader meets its first
-- sample: its span in the batch's source, if that reaches into the window. Runs on an empty load_replaced; the count
-- of rows inserted tells SampleLoader whether to flush its appender and replace the workload's stored samples. Reads
-- the spans, not the samples.
-- Parameters: $workload_id, $source, $window_start, $window_end.
INSERT INTO load_replaced (workload_id, first_hour, last_hour)
SELECT workload_id, first_hour, last_hour
FROM sample_spans
WHERE source = $source
  AND first_hour < $window_end
  AND last_hour >= $window_start
  AND workload_id = $workload_id;
