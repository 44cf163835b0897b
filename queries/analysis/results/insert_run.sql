-- Records one finished analysis run; its profiles, options and recommendations are appended in the same transaction.
-- $run_id, $started_at, $finished_at, $settings_json, $price_as_of (DATE, may be null), $window_start, $window_end,
-- $workloads, $recommended.
-- Output: none.
INSERT INTO analysis_runs (run_id, started_at, finished_at, settings_json, price_as_of, window_start, window_end, status, workloads, recommended, error)
VALUES ($run_id, CAST($started_at AS TIMESTAMP), CAST($finished_at AS TIMESTAMP), $settings_json, CAST($price_as_of AS DATE),
        CAST($window_start AS TIMESTAMP), CAST($window_end AS TIMESTAMP), 'succeeded', $workloads, $recommended, NULL);
