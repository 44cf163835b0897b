using Analyzer.Storage;

namespace Analyzer.Analysis;

/// <summary>The engine's SQL, by name, from the store's query catalog.</summary>
internal static class Queries
{
    public const string Workloads = "analysis/profile/workloads";
    public const string Demand = "analysis/profile/demand";
    public const string ActualMonthly = "analysis/cost/actual_monthly";
    public const string HourlyUnits = "analysis/savings/hourly_units";
    public const string FirstSample = "analysis/profile/first_sample";
    public const string InsertRun = "analysis/results/insert_run";
    public const string InstanceTypes = "prices/select/instance_types";
    public const string Ec2Prices = "prices/select/ec2";
    public const string CommitmentPrices = "prices/select/commitment";
    public const string FargatePrices = "prices/select/fargate";
    public const string LambdaPrices = "prices/select/lambda";
    public const string SpotAdvisor = "prices/select/spot_advisor";

    public static string Get(string name) => QueryCatalog.Get(name);
}
