-- Drops the window's staged hours (window_hours.sql) once the analysis has read them.
DROP TABLE IF EXISTS window_hours;
