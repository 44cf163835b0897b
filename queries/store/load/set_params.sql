-- The batch's source and window, read by apply.sql and staged_counts.sql (the deletes bind them as parameters instead).
-- Parameters: $source, $window_start, $window_end.
INSERT INTO load_params VALUES ($source, $window_start, $window_end);
