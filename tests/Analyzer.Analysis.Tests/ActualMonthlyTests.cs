using Analyzer.Core.Collection;
using Analyzer.Core.Costs;
using Analyzer.Core.Ingest;
using Analyzer.Storage.Collection;

namespace Analyzer.Analysis.Tests;

public sealed class ActualMonthlyTests : IDisposable
{
    private const string Account = "111111111111";
    private const string Ec2 = "Amazon Elastic Compute Cloud - Compute";
    private readonly EngineStore store = new();

    public ActualMonthlyTests() => store.LoadFortnight();

    public void Dispose() => store.Dispose();

    private static DateOnly First => DateOnly.FromDateTime(EngineStore.Window.Start);

    [Fact]
    public void ActualMonthly_WithOnlyResourceLevelLines_TakesTheWorkloadsCostFromThem()
    {
        // m5.2xlarge at $0.384 an hour: $9.216 a day, $280.32 for 730 hours.
        LoadResourceLines("i-steady", 9.216m);

        Assert.Equal(280.32m, ActualMonthly()["i-steady"]);
    }

    [Fact]
    public void ActualMonthly_WithABilledLineForTheWorkload_IgnoresItsResourceLevelLines()
    {
        LoadResourceLines("i-steady", 9.216m);
        store.Store.Load(new IngestBatch("cur", EngineStore.Window, [Account], [], [], [],
            Enumerable.Range(0, 14).Select(d => new CostLine(First.AddDays(d), Account, "us-east-1", Ec2, "BoxUsage:m5.2xlarge", "i-steady", 4.8m, 4.8m, 24m)).ToList()));

        Assert.Equal(146m, ActualMonthly()["i-steady"]);
    }

    private Dictionary<string, decimal> ActualMonthly()
    {
        using var connection = store.Store.Connect();
        return ProfileReader.ActualMonthly(connection, EngineStore.Window);
    }

    private void LoadResourceLines(string resourceId, decimal daily) =>
        new CostExplorerInsightsStore(store.Store, store.Time).Replace(new CostExplorerInsights(Account, First, First.AddDays(14))
        {
            ResourceCosts = Enumerable.Range(0, 14).Select(d => new ResourceCostLine(First.AddDays(d), Account, resourceId, Ec2, daily, daily, 24m)).ToList(),
            ResourceStart = First,
            ResourceEnd = First.AddDays(14),
        });
}
