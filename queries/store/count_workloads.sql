-- How many workloads the store holds.
SELECT count(*) FROM workloads;
