namespace Analyzer.Storage.Shards;

/// <summary>
/// The closed set of tables a shard writes as Parquet and the merge reads back: everything a collection fills, and
/// nothing an analysis, the price catalog or the run history writes (the merge job prices and analyzes the whole
/// fleet itself). A test checks that every table of the migrated schema is in exactly one of
/// <see cref="Collected"/> and <see cref="NotSharded"/>, so a new migration's table is classified before it ships.
/// </summary>
public static class ShardTables
{
    /// <summary>Tables whose rows belong to one account's collection (or, for the few organisation-wide ones, see <see cref="MergeRule"/>).</summary>
    public static IReadOnlyList<string> Collected { get; } =
    [
        "accounts", "regions", "workloads", "utilization_hourly", "cost_daily", "collection_runs",
        "collection_watermarks", "collection_sessions", "collection_api_calls", "spot_price_averages",
        "compute_optimizer_ec2", "cost_monthly_accounts", "savings_plans_held", "savings_plans_utilization_daily",
        "savings_plans_coverage_daily", "ce_savings_plan_recommendations", "ce_savings_plan_recommendation_details",
        "ce_rightsizing_recommendations", "cost_resource_daily", "compute_optimizer_asg", "compute_optimizer_lambda",
        "compute_optimizer_ecs", "capacity_reservations", "dedicated_hosts", "reserved_instances",
    ];

    /// <summary>
    /// Tables a shard does not write: analysis results, prices, the run history, saved what-ifs, the migrations, and
    /// sample_spans, which the merge reads again from the merged samples (<see cref="ShardMerge"/>).
    /// </summary>
    public static IReadOnlyList<string> NotSharded { get; } =
    [
        "schema_migrations", "job_runs", "price_catalog_versions", "instance_types", "prices_ec2", "prices_commitment",
        "prices_fargate", "prices_lambda", "spot_advisor", "analysis_runs", "workload_profiles", "workload_options",
        "recommendations", "savings_plan_results", "savings_plan_curve", "compute_optimizer_comparisons",
        "savings_plan_held_applied", "savings_plan_held_source", "savings_plan_ce_comparisons", "option_hourly_series",
        "commitment_candidates", "commitment_renewals", "commitment_totals", "commitment_series", "whatif_scenarios",
        "whatif_scenario_lines", "commitment_portfolios", "commitment_portfolio_layers", "commitment_portfolio_plan_layers",
        "commitment_portfolio_plan_totals", "commitment_without_rate", "node_pool_fleets", "reserved_instances_held_applied",
        "sample_spans",
    ];

    /// <summary>The schema a shard's Parquet was written with: the newest migration this build applies.</summary>
    public static string Schema => Migration.All()[^1].Name;

    /// <summary>
    /// How the merge combines a table's shards. Most tables are the plain union (each row is one account's). Every
    /// shard records the regions it saw and the Spot prices of its regions, so those are de-duplicated: the distinct
    /// regions, and for each region the Spot prices of the lowest-numbered shard that has any. The organisation's
    /// monthly cost (read from the payer account, by shard 0 only) keeps the lowest shard's rows per month.
    /// </summary>
    public static string MergeRule(string table) => table switch
    {
        "regions" => "shards/merge/regions",
        "spot_price_averages" => "shards/merge/spot_price_averages",
        "cost_monthly_accounts" => "shards/merge/cost_monthly_accounts",
        _ => "shards/merge/union",
    };

    /// <summary>Throws unless <paramref name="table"/> is one of <see cref="Collected"/>: the only text spliced into the shard SQL.</summary>
    internal static string Checked(string table) =>
        Collected.Contains(table, StringComparer.Ordinal) ? table : throw new ArgumentException($"'{table}' is not a sharded table.", nameof(table));
}
