-- Records one session's requests for one IAM action.
-- Parameters: $session_id, $iam_action, $calls.
INSERT INTO collection_api_calls (session_id, iam_action, calls) VALUES ($session_id, $iam_action, $calls);
