-- Removes one account's Cost Explorer Savings Plans purchase recommendation details.
-- Parameters: $account_id.
DELETE FROM ce_savings_plan_recommendation_details WHERE account_id = $account_id;
