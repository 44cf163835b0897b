-- Removes the spot averages a new load replaces: same region and window start.
-- Parameters: $region, $window_start (TIMESTAMP).
DELETE FROM spot_price_averages WHERE region = $region AND window_start = $window_start;
