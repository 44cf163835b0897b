-- Removes one account's Cost Explorer Savings Plans purchase recommendation summaries.
-- Parameters: $account_id.
DELETE FROM ce_savings_plan_recommendations WHERE account_id = $account_id;
