-- Removes one account and region's rows of compute_optimizer_lambda before fresh ones are appended.
-- Parameters: $account_id, $region.
DELETE FROM compute_optimizer_lambda WHERE account_id = $account_id AND region = $region;
