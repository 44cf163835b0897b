-- Lists what the price catalog holds: one row per (as_of, source) loaded, newest date first.
-- No parameters. Output: as_of, source, loaded_at, note
SELECT as_of, source, loaded_at, note FROM price_catalog_versions ORDER BY as_of DESC, source;
