-- Replaces the instance_types rows of every source and as_of staged in stage_instance_types (see stage_tables.sql) with the staged
-- rows. Run inside the load's transaction, so readers see the old rows or the new ones, never a mix. No parameters.
DELETE FROM instance_types t WHERE EXISTS (SELECT 1 FROM stage_instance_types s WHERE s.source = t.source AND s.as_of = t.as_of);
INSERT INTO instance_types SELECT * FROM stage_instance_types;
