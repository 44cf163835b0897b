-- Replaces the spot_advisor rows of every source, as_of and region staged in stage_spot_advisor (see stage_tables.sql) with the staged
-- rows. Run inside the load's transaction, so readers see the old rows or the new ones, never a mix. No parameters.
DELETE FROM spot_advisor t WHERE EXISTS (SELECT 1 FROM stage_spot_advisor s WHERE s.source = t.source AND s.as_of = t.as_of AND s.region = t.region);
INSERT INTO spot_advisor SELECT * FROM stage_spot_advisor;
