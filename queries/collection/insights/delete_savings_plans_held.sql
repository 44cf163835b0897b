-- Removes one account's held Savings Plans before the fresh set is appended.
-- Parameters: $account_id.
DELETE FROM savings_plans_held WHERE account_id = $account_id;
