-- Reserved Instances held (EC2 DescribeReservedInstances, state active or queued when collected), every account and region: an
-- RI applies across the consolidated bill, so the analysis scope does not filter them (an RI of a region out of scope
-- finds no usage to cover). ReservedInstanceRule decides which apply and how.
-- Parameters: none.
-- Output: reserved_instances_id, account_id, region, instance_type, instance_count, scope, availability_zone,
--         offering_class, offering_type, product_description, instance_tenancy, starts_at, ends_at, fixed_price_usd,
--         usage_price_usd, recurring_hourly_usd, state ('active' or 'queued': it starts at starts_at)
SELECT reserved_instances_id, account_id, region, instance_type, instance_count, scope, availability_zone,
       offering_class, offering_type, product_description, instance_tenancy, starts_at, ends_at, fixed_price_usd,
       usage_price_usd, recurring_hourly_usd, coalesce(state, 'active') AS state
FROM reserved_instances
QUALIFY row_number() OVER (PARTITION BY reserved_instances_id ORDER BY collected_at DESC) = 1
ORDER BY ends_at NULLS LAST, reserved_instances_id;
