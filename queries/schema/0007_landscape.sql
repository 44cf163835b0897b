-- 0007_landscape: the rest of the EC2 landscape the engine prices or reports.
-- Platform and tenancy: each workload keeps the platform EC2 reports (PlatformDetails: 'Linux/UNIX', 'Windows',
-- 'Red Hat Enterprise Linux', 'SUSE Linux', 'Windows with SQL Server Standard', ...) and its tenancy ('default',
-- 'dedicated', 'host'); each EC2 price says which platform and tenancy it is for. Rows written before this migration
-- were all Linux/UNIX on shared tenancy (the collectors and the catalog knew no other), so that is the default.
ALTER TABLE workloads ADD COLUMN platform VARCHAR DEFAULT 'Linux/UNIX';
ALTER TABLE workloads ADD COLUMN tenancy VARCHAR DEFAULT 'default';
ALTER TABLE prices_ec2 ADD COLUMN platform VARCHAR DEFAULT 'Linux/UNIX';
ALTER TABLE prices_ec2 ADD COLUMN tenancy VARCHAR DEFAULT 'default';

-- On-Demand Capacity Reservations (EC2 DescribeCapacityReservations): reserved capacity is paid at the on-demand rate
-- whether instances use it or not, so unused capacity is pure waste (queries/analysis/report/capacity_reservations.sql).
-- A collection replaces an account and region's rows.
CREATE TABLE capacity_reservations (
    capacity_reservation_id  VARCHAR   NOT NULL,
    account_id               VARCHAR   NOT NULL,
    region                   VARCHAR   NOT NULL,
    availability_zone        VARCHAR   NOT NULL,
    instance_type            VARCHAR   NOT NULL,
    platform                 VARCHAR   NOT NULL, -- EC2's names: 'Linux/UNIX', 'Windows', ...
    tenancy                  VARCHAR   NOT NULL, -- 'default' or 'dedicated'
    total_instance_count     INTEGER   NOT NULL,
    available_instance_count INTEGER   NOT NULL, -- AWS's unused count when collected
    state                    VARCHAR   NOT NULL,
    instance_match_criteria  VARCHAR   NOT NULL, -- 'open' or 'targeted'
    start_date               TIMESTAMP,
    end_date                 TIMESTAMP,
    collected_at             TIMESTAMP NOT NULL
);
