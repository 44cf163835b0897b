-- 0015_dedicated_hosts: EC2 Dedicated Hosts (DescribeHosts). A host is billed per host-hour whatever runs on it,
-- so its idle capacity is waste (queries/analysis/report/dedicated_hosts.sql, DedicatedHostAdvisor). Capacity is in
-- slots of the host's one instance type (total_capacity, available_capacity) or, for a host of several sizes, in
-- vCPUs (total_vcpus, available_vcpus). A collection replaces an account and region's rows.
CREATE TABLE dedicated_hosts (
    host_id             VARCHAR   NOT NULL,
    account_id          VARCHAR   NOT NULL,
    region              VARCHAR   NOT NULL,
    availability_zone   VARCHAR   NOT NULL,
    instance_family     VARCHAR   NOT NULL,
    instance_type       VARCHAR,            -- null: the host supports several sizes of its family
    state               VARCHAR   NOT NULL, -- 'available', 'under-assessment', 'released', ...
    total_vcpus         INTEGER,
    available_vcpus     INTEGER,
    instances_placed    INTEGER   NOT NULL,
    total_capacity      INTEGER,            -- instances of instance_type the host holds
    available_capacity  INTEGER,
    auto_placement      VARCHAR   NOT NULL, -- 'on' or 'off'
    allocation_time     TIMESTAMP,
    collected_at        TIMESTAMP NOT NULL
);
