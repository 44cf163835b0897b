-- Removes an account and region's Dedicated Hosts before a collection's replace them.
-- Parameters: $account_id, $region.
DELETE FROM dedicated_hosts WHERE account_id = $account_id AND region = $region;
