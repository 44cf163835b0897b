using Analyzer.Collectors.CostExplorer;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.CostExplorer;

public sealed class CostExplorerMonthlyCollectorTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 8);
    private readonly FakeAwsServer _server = new();
    private readonly FakeCostExplorer _ce;

    public CostExplorerMonthlyCollectorTests()
    {
        _ce = FakeCostExplorer.Serve(_server);
        _ce.Rows.Add(new FakeCostRow(new DateOnly(2026, 10, 3), "111111111111", "Amazon Elastic Compute Cloud - Compute", "BoxUsage:m5.large", 10m, 9m, 1m));
        _ce.Rows.Add(new FakeCostRow(new DateOnly(2026, 10, 20), "111111111111", "Amazon Elastic Compute Cloud - Compute", "BoxUsage:m5.xlarge", 5m, 4m, 1m));
        _ce.Rows.Add(new FakeCostRow(new DateOnly(2026, 10, 20), "333333333333", "AWS Lambda", "Request", 2m, 2m, 1m));
        _ce.Rows.Add(new FakeCostRow(new DateOnly(2026, 11, 2), "333333333333", "AWS Lambda", "Request", 1m, 1m, 1m));
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_ForOneMonthBack_SumsEachAccountAndServicePerMonth()
    {
        var costs = await new CostExplorerMonthlyCollector(FakeAwsClient.Options(_server)).CollectAsync(Today, 1, CancellationToken.None);

        Assert.Equal(
            ["2026-10 111111111111 15 13", "2026-10 333333333333 2 2", "2026-11 333333333333 1 1"],
            costs.Select(c => $"{c.Month:yyyy-MM} {c.AccountId} {c.UnblendedCost} {c.AmortizedCost}"));
    }

    [Fact]
    public async Task CollectAsync_Always_AsksOnceForTheWholeRangeAndCountsOnePaidRequest()
    {
        var options = FakeAwsClient.Options(_server);

        await new CostExplorerMonthlyCollector(options).CollectAsync(Today, 3, CancellationToken.None);

        Assert.Equal(("2026-08-01/2026-11-08", 0.01m), (Assert.Single(_ce.Requested), options.Counter.PaidUsd));
    }

    [Fact]
    public async Task CollectAsync_WhenTheCurrentMonthIsOpen_MarksItEstimated()
    {
        _ce.EstimatedFrom = new DateOnly(2026, 11, 1);

        var costs = await new CostExplorerMonthlyCollector(FakeAwsClient.Options(_server)).CollectAsync(Today, 1, CancellationToken.None);

        Assert.Equal([false, false, true], costs.Select(c => c.Estimated));
    }
}
