using Analyzer.Storage;

namespace Analyzer.Analysis.Reporting;

/// <summary>The report builder's SQL (queries/analysis/report/*.sql), by name.</summary>
internal static class ReportQueries
{
    public const string Run = "analysis/report/run";
    public const string PreviousRun = "analysis/report/previous_run";
    public const string Workloads = "analysis/report/workloads";
    public const string Options = "analysis/report/options";
    public const string PriceGaps = "analysis/report/price_gaps";
    public const string SavingsPlan = "analysis/report/savings_plan";
    public const string SavingsCurve = "analysis/report/savings_curve";
    public const string SpendByService = "analysis/report/spend_by_service";
    public const string Accounts = "analysis/report/accounts";
    public const string CollectionStatus = "analysis/report/collection_status";
    public const string Changes = "analysis/report/changes";
    public const string ProfileGaps = "analysis/report/profile_gaps";
    public const string Totals = "analysis/report/totals";
    public const string ComputeOptimizer = "analysis/report/compute_optimizer";
    public const string StaleSpotPrices = "analysis/report/stale_spot_prices";
    public const string CapacityReservations = "analysis/report/capacity_reservations";
    public const string DedicatedHosts = "analysis/report/dedicated_hosts";
    public const string LightsailCandidates = "analysis/report/lightsail_candidates";
    public const string NodePoolFleets = "analysis/report/node_pool_fleets";

    public static IReadOnlyList<string> All { get; } =
        [Run, PreviousRun, Workloads, Options, PriceGaps, SavingsPlan, SavingsCurve, SpendByService, Accounts, CollectionStatus, Changes, ProfileGaps, Totals, ComputeOptimizer, StaleSpotPrices, CapacityReservations, DedicatedHosts, LightsailCandidates, NodePoolFleets];

    public static string Get(string name) => QueryCatalog.Get(name);
}
