using Analyzer.Storage;

namespace Analyzer.Analysis;

/// <summary>The engine's SQL, by name, from the store's query catalog.</summary>
internal static class Queries
{
    public const string Workloads = "analysis/profile/workloads";
    public const string WindowKeys = "analysis/profile/window_keys";
    public const string WindowRepeated = "analysis/profile/window_repeated";
    public const string WindowHours = "analysis/profile/window_hours";
    public const string WorkloadKeys = "analysis/profile/workload_keys";
    public const string DropWindowHours = "analysis/profile/drop_window_hours";
    public const string Demand = "analysis/profile/demand";
    public const string Hourly = "analysis/profile/hourly";
    public const string ActualMonthly = "analysis/cost/actual_monthly";
    public const string SampleSpan = "analysis/profile/sample_span";
    public const string InsertRun = "analysis/results/insert_run";
    public const string StageHourlyUnits = "analysis/results/stage_hourly_units";
    public const string InsertHourlyUnits = "analysis/results/insert_hourly_units";
    public const string DropHourlyUnits = "analysis/results/drop_hourly_units";
    public const string ComputeOptimizer = "analysis/compare/compute_optimizer";
    public const string HeldPlans = "analysis/savings/held_plans";
    public const string ReservedInstances = "analysis/savings/reserved_instances";
    public const string CostExplorerSavingsPlans = "analysis/savings/ce_recommendations";

    public static string Get(string name) => QueryCatalog.Get(name);
}
