-- Removes an account and region's Reserved Instances before a collection's replace them.
-- Parameters: $account_id, $region.
DELETE FROM reserved_instances WHERE account_id = $account_id AND region = $region;
