-- Empties one collected table before the shards' rows replace it, in the merge's transaction.
-- No bound parameters; {table} is one of ShardTables.Collected, checked in code.
DELETE FROM {table};
