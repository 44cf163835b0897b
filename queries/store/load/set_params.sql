-- The batch's source and window, read by apply.sql.
-- Parameters: $source, $window_start, $window_end.
INSERT INTO load_params VALUES ($source, $window_start, $window_end);
