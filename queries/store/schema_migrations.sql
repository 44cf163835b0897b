-- Creates the table SchemaMigrator records applied migrations in. Runs before every migration check.
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER NOT NULL,
    name        VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL
);
