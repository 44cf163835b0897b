-- 0007_landscape: the rest of the EC2 landscape the engine prices or reports.
-- Platform and tenancy: each workload keeps the platform EC2 reports (PlatformDetails: 'Linux/UNIX', 'Windows',
-- 'Red Hat Enterprise Linux', 'SUSE Linux', 'Windows with SQL Server Standard', ...) and its tenancy ('default',
-- 'dedicated', 'host'); each EC2 price says which platform and tenancy it is for. Rows written before this migration
-- were all Linux/UNIX on shared tenancy (the collectors and the catalog knew no other), so that is the default.
ALTER TABLE workloads ADD COLUMN platform VARCHAR DEFAULT 'Linux/UNIX';
ALTER TABLE workloads ADD COLUMN tenancy VARCHAR DEFAULT 'default';
ALTER TABLE prices_ec2 ADD COLUMN platform VARCHAR DEFAULT 'Linux/UNIX';
ALTER TABLE prices_ec2 ADD COLUMN tenancy VARCHAR DEFAULT 'default';
