-- Records one applied migration.
-- Parameters: $version, $name, $applied_at.
INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $applied_at);
