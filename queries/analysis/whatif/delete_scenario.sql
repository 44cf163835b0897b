-- Removes a saved what-if scenario (before it is saved again under the same name, or deleted); its workload rows go
-- with delete_scenario_lines.sql in the same transaction.
-- $name: the scenario's name.
-- Output: none.
DELETE FROM whatif_scenarios WHERE name = $name;
