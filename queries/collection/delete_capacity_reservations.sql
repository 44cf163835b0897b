-- Removes an account and region's capacity reservations before a collection's replace them.
-- Parameters: $account_id, $region.
DELETE FROM capacity_reservations WHERE account_id = $account_id AND region = $region;
