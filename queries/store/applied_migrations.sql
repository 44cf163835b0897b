-- The migrations this database has applied.
-- Output: version INTEGER, name VARCHAR.
SELECT version, name FROM schema_migrations ORDER BY version;
