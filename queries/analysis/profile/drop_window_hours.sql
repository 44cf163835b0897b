-- Drops what window_keys.sql, window_repeated.sql and window_hours.sql staged, once the analysis has read the window.
DROP MACRO TABLE IF EXISTS window_hours;
DROP TABLE IF EXISTS window_repeated;
DROP TABLE IF EXISTS window_keys;
