-- The source an import's cost_daily rows are tagged with. Parameters: $source ('cur2' | 'focus').
SET VARIABLE import_source = $source;
