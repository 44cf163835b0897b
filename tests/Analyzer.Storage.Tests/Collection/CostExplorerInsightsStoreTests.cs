using Analyzer.Core.Collection;
using Analyzer.Core.Costs;
using Analyzer.Storage.Collection;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests.Collection;

public sealed class CostExplorerInsightsStoreTests : IDisposable
{
    private const string Account = "111111111111";
    private static readonly DateTimeOffset Now = new(2026, 11, 15, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly First = new(2026, 11, 1);
    private readonly TempDuckDbFile file = new();
    private readonly AnalyzerStore store;
    private readonly CostExplorerInsightsStore insights;

    public CostExplorerInsightsStoreTests()
    {
        store = AnalyzerStore.Open(file.Path, new FixedTimeProvider(Now));
        insights = new CostExplorerInsightsStore(store, new FixedTimeProvider(Now));
    }

    public void Dispose()
    {
        store.Dispose();
        file.Dispose();
    }

    [Fact]
    public void Replace_SameInsightsTwice_HoldsOneCopy()
    {
        insights.Replace(Sample(2.5m));
        insights.Replace(Sample(2.5m));

        Assert.Equal((1L, 14L, 1L, 2L, 1L), (Count("savings_plans_held"), Count("savings_plans_utilization_daily"), Count("ce_savings_plan_recommendations"),
            Count("ce_savings_plan_recommendation_details"), Count("cost_resource_daily")));
    }

    [Fact]
    public void Replace_NewPlans_ReplacesTheAccountsPlans()
    {
        insights.Replace(Sample(2.5m));

        insights.Replace(Sample(4m));

        Assert.Equal(4m, Scalar<decimal>("SELECT sum(hourly_commitment_usd) FROM savings_plans_held"));
    }

    [Fact]
    public void Replace_WithASetNotRead_KeepsItsRows()
    {
        insights.Replace(Sample(2.5m));

        insights.Replace(Sample(4m) with { SavingsPlansHeld = null });

        Assert.Equal(2.5m, Scalar<decimal>("SELECT sum(hourly_commitment_usd) FROM savings_plans_held"));
    }

    [Fact]
    public void Replace_WhenARowIsRefused_LeavesTheStoreAsItWas()
    {
        insights.Replace(Sample(2.5m));
        var broken = Sample(4m) with { Rightsizing = [Rightsizing() with { RightsizingType = null! }] };

        Assert.ThrowsAny<Exception>(() => insights.Replace(broken));

        Assert.Equal((2.5m, 1L), (Scalar<decimal>("SELECT sum(hourly_commitment_usd) FROM savings_plans_held"), Count("ce_rightsizing_recommendations")));
    }

    [Fact]
    public void Replace_ResourceLines_ReplaceOnlyTheDaysAsked()
    {
        insights.Replace(Sample(2.5m));

        insights.Replace(new CostExplorerInsights(Account, First, First.AddDays(14))
        {
            ResourceCosts = [new ResourceCostLine(First.AddDays(13), Account, "i-0abc", "Amazon Elastic Compute Cloud - Compute", 1m, 1m, 24m)],
            ResourceStart = First.AddDays(13),
            ResourceEnd = First.AddDays(14),
        });

        Assert.Equal((2L, 10.216m), (Count("cost_resource_daily"), Scalar<decimal>("SELECT sum(unblended_cost) FROM cost_resource_daily")));
    }

    private static CeRightsizingRecommendation Rightsizing() =>
        new(Account, "us-east-1", "i-0abc", null, "m5.2xlarge", 280.32m, "MODIFY", "m5.xlarge", 140.16m, 140.16m, 12.5, null, "CPU_OVER_PROVISIONED", 14, null);

    private static CostExplorerInsights Sample(decimal hourly)
    {
        var start = First.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        SavingsPlanPurchaseDetail detail = new(Account, null, null, "offer", 0.7m, 0m, 100m, 20, 95, 500m, 100m, 700m, 0.5m, 2m, 1m);
        return new CostExplorerInsights(Account, First, First.AddDays(14))
        {
            SavingsPlansHeld = [new SavingsPlanHeld(Account, "arn:sp-1", "Compute", 1, "NO_UPFRONT", null, null, hourly, start.AddDays(-10), start.AddDays(355), hourly * 336, hourly * 300, 89.3, hourly * 420, hourly * 120)],
            SavingsPlansUtilization = [.. Enumerable.Range(0, 14).Select(d => new SavingsPlansUtilizationDay(First.AddDays(d), Account, 60m, 50m, 10m, 83.3, 70m, 10m))],
            SavingsPlansCoverage = [.. Enumerable.Range(0, 14).Select(d => new SavingsPlansCoverageDay(First.AddDays(d), Account, 70m, 30m, 100m, 70))],
            PurchaseRecommendations = [new SavingsPlanPurchaseRecommendation(Account, "LINKED", "COMPUTE_SP", 1, "NO_UPFRONT", 30, "rec", start, 1.4m, 200m, 20, 95, 2m, 1440m, 1240m, 1440m, 25, [detail, detail])],
            Rightsizing = [Rightsizing()],
            ResourceCosts = [new ResourceCostLine(First.AddDays(12), Account, "i-0abc", "Amazon Elastic Compute Cloud - Compute", 9.216m, 9.216m, 24m)],
            ResourceStart = First,
            ResourceEnd = First.AddDays(14),
        };
    }

    private long Count(string table) => Scalar<long>($"SELECT count(*) FROM {table}");

    private T Scalar<T>(string sql)
    {
        using var connection = store.Connect();
        return connection.ExecuteScalar<T>(sql)!;
    }
}
