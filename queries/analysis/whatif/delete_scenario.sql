-- Removes a saved what-if scenario and its workload rows (before it is saved again under the same name, or deleted).
-- $name: the scenario's name.
-- Output: none.
DELETE FROM whatif_scenario_lines WHERE scenario = $name;
DELETE FROM whatif_scenarios WHERE name = $name;
