-- Removes the months a fresh monthly read replaces. Parameters: $first_month (DATE), $last_month (DATE).
DELETE FROM cost_monthly_accounts WHERE month BETWEEN $first_month AND $last_month;
