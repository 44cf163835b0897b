-- 0018_reserved_instances: EC2 Reserved Instances held (DescribeReservedInstances, state active), and per analysis run
-- how each was applied to the fleet's hourly spend before every Savings Plan. A collection replaces an account and
-- region's rows of reserved_instances. Strings came from AWS.
CREATE TABLE reserved_instances (
    reserved_instances_id  VARCHAR   NOT NULL,
    account_id             VARCHAR   NOT NULL,
    region                 VARCHAR   NOT NULL,
    instance_type          VARCHAR   NOT NULL,
    instance_count         INTEGER   NOT NULL,
    scope                  VARCHAR   NOT NULL, -- 'Region' or 'Availability Zone'
    availability_zone      VARCHAR   NOT NULL, -- '' for a regional RI
    offering_class         VARCHAR   NOT NULL, -- 'standard' or 'convertible'
    offering_type          VARCHAR   NOT NULL, -- 'No Upfront', 'Partial Upfront', 'All Upfront'
    product_description    VARCHAR   NOT NULL, -- the platform: 'Linux/UNIX', 'Windows', ...
    instance_tenancy       VARCHAR   NOT NULL, -- 'default', 'dedicated', 'host'
    starts_at              TIMESTAMP,
    ends_at                TIMESTAMP,          -- exclusive: the RI stops applying then
    fixed_price_usd        DECIMAL(18,6) NOT NULL, -- upfront of the whole purchase
    usage_price_usd        DECIMAL(18,6) NOT NULL, -- per instance-hour
    recurring_hourly_usd   DECIMAL(18,6) NOT NULL, -- hourly recurring charges per instance
    collected_at           TIMESTAMP NOT NULL
);

-- Each RI a run read and what it did with it: applied (size-flexible in its family and region, or to its own type
-- only) or not applied, with the reason.
CREATE TABLE reserved_instances_held_applied (
    run_id                 VARCHAR NOT NULL,
    account_id             VARCHAR NOT NULL,
    reserved_instances_id  VARCHAR NOT NULL,
    region                 VARCHAR NOT NULL,
    instance_type          VARCHAR NOT NULL,
    instance_count         INTEGER NOT NULL,
    scope                  VARCHAR NOT NULL,
    availability_zone      VARCHAR NOT NULL,
    offering_class         VARCHAR NOT NULL,
    offering_type          VARCHAR NOT NULL,
    product_description    VARCHAR NOT NULL,
    instance_tenancy       VARCHAR NOT NULL,
    starts_at              TIMESTAMP,
    ends_at                TIMESTAMP,
    on_demand_usd_per_hour DECIMAL(18,6) NOT NULL, -- instance_count x its type's on-demand rate; 0: unknown
    applied                BOOLEAN NOT NULL,
    covers                 VARCHAR NOT NULL,       -- 'us-east-1 m5 (any size)', 'us-east-1 m5.large only', or why not applied
    monthly_covered_usd    DECIMAL(18,6) NOT NULL, -- on-demand-equivalent spend of the recommended fleet it covers, per 730-hour month
    monthly_covered_today_usd DECIMAL(18,6) NOT NULL -- the same on the fleet as it runs today (0 for a what-if)
);
