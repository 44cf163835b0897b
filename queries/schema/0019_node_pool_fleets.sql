-- 0019_node_pool_fleets: each Karpenter NodePool's nodes sized as one fleet in an analysis run (NodePoolFleet): the
-- pool's nodes each hour in units of its most common node type, its summed demand, and the option recommended for
-- the pool as a whole, in the NodePool's terms (its requirements' instance types and capacity types). The nodes keep
-- their own rows in recommendations; this is the pool's view, which the report's NodePool section shows.
CREATE TABLE node_pool_fleets (
    run_id               VARCHAR NOT NULL,
    account_id           VARCHAR NOT NULL,
    region               VARCHAR NOT NULL,
    cluster              VARCHAR,
    node_pool            VARCHAR NOT NULL,
    nodes                INTEGER NOT NULL,       -- nodes of the pool analyzed
    unit_type            VARCHAR NOT NULL,       -- the pool's most common node type: the unit counted in
    units_min            DOUBLE,                 -- today's units in an hour: fewest, most, average
    units_max            DOUBLE,
    units_avg            DOUBLE,
    fleet_cpu_p99_vcpu   DOUBLE,                 -- the pool's summed CPU demand at p99 of its hours
    current_monthly_cost DECIMAL(18,6),
    option               VARCHAR NOT NULL,       -- the pool's recommended option ('current' when kept)
    family               VARCHAR NOT NULL,
    target_instance_type VARCHAR,
    target_capacity      VARCHAR,
    target_min_units     INTEGER,
    target_max_units     INTEGER,
    target_avg_units     DOUBLE,
    monthly_cost         DECIMAL(18,6),
    reason               VARCHAR NOT NULL
);
