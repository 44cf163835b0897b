-- Removes a saved what-if scenario's workload rows (with delete_scenario.sql, in one transaction).
-- $name: the scenario's name.
-- Output: none.
DELETE FROM whatif_scenario_lines WHERE scenario = $name;
