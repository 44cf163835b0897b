-- Reads the export's instants in UTC: a CAST of a TIMESTAMP WITH TIME ZONE (what the CSV reader makes of
-- '2026-10-01T00:00:00Z') to DATE uses the session's time zone, which DuckDB takes from the host. AWS bills in UTC
-- days, so an import must land on the same days whatever host runs it. No parameters.
SET SESSION TimeZone = 'UTC';
