-- Empties load_replaced before find_replaced.sql or find_replaced_of.sql fills it for the next replace. No parameters.
DELETE FROM load_replaced;
