-- Replaces the prices_commitment rows of every source, as_of and region staged in stage_prices_commitment (see stage_tables.sql) with the staged
-- rows. Run inside the load's transaction, so readers see the old rows or the new ones, never a mix. No parameters.
DELETE FROM prices_commitment t WHERE EXISTS (SELECT 1 FROM stage_prices_commitment s WHERE s.source = t.source AND s.as_of = t.as_of AND s.region = t.region);
INSERT INTO prices_commitment SELECT * FROM stage_prices_commitment;
