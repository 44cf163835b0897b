-- Replaces the prices_lambda rows of every source, as_of and region staged in stage_prices_lambda (see stage_tables.sql) with the staged
-- rows. Run inside the load's transaction, so readers see the old rows or the new ones, never a mix. No parameters.
DELETE FROM prices_lambda t WHERE EXISTS (SELECT 1 FROM stage_prices_lambda s WHERE s.source = t.source AND s.as_of = t.as_of AND s.region = t.region);
INSERT INTO prices_lambda SELECT * FROM stage_prices_lambda;
