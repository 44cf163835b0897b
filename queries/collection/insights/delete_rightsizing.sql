-- Removes one account's Cost Explorer rightsizing recommendations.
-- Parameters: $account_id.
DELETE FROM ce_rightsizing_recommendations WHERE account_id = $account_id;
