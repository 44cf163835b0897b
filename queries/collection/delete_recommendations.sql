-- Removes one account and region's Compute Optimizer rows before fresh ones are appended.
-- Parameters: $account_id, $region.
DELETE FROM compute_optimizer_ec2 WHERE account_id = $account_id AND region = $region;
