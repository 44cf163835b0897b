using Analyzer.Collectors.Aws;
using Analyzer.Collectors.CostExplorer;
using Analyzer.Core.Collection;
using Analyzer.Core.Time;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests;

public sealed class AwsCollectionRunInsightsTests : IDisposable
{
    private const string Account = "111111111111";
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly FakeAwsServer _server = new();
    private readonly FakeCostExplorer _ce;
    private readonly AwsCallCounter _counter = new();
    private readonly List<CollectedBatch> _committed = [];

    public AwsCollectionRunInsightsTests()
    {
        FakeEc2.Serve(_server);
        FakeCloudWatch.Serve(_server);
        FakeEcs.Serve(_server);
        FakeLambda.Serve(_server);
        FakeComputeOptimizer.Serve(_server);
        _ce = FakeCostExplorer.Serve(_server);
        _ce.ResourceRows.Add(new FakeResourceCostRow(DateOnly.FromDateTime(Start), Account, "i-0abc", "Amazon Elastic Compute Cloud - Compute", 2.304m, 2.304m, 24m));
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_ForAnAccount_CommitsItsInsightsWithTheResourceWatermark()
    {
        await CollectAsync();

        var batch = Assert.Single(_committed, b => b.Insights is not null);
        var mark = Assert.Single(batch.Watermarks);
        Assert.Equal((2.304m, CostExplorerInsightsCollector.ResourceCostsSource, DateOnly.FromDateTime(Start).AddDays(1)),
            (batch.Insights!.ResourceCosts!.Sum(l => l.UnblendedCost), mark.Source, mark.ClosedThrough));
    }

    [Fact]
    public async Task CollectAsync_WhenRightsizingIsDenied_RecordsAFailureNamingTheActionAndStillCommitsTheRest()
    {
        _server.Fail("GetRightsizingRecommendation", FakeFault.AccessDenied, times: 10);

        var result = await CollectAsync();

        var failure = Assert.Single(result.Failures);
        Assert.Equal(("ce-rightsizing", "ce:GetRightsizingRecommendation", 2),
            (failure.Source, failure.MissingIamAction, Assert.Single(_committed, b => b.Insights is not null).Insights!.PurchaseRecommendations!.Count));
    }

    [Fact]
    public async Task CollectAsync_WhenGetCostAndUsageIsDenied_StillReadsTheInsights()
    {
        _server.Fail("GetCostAndUsage", FakeFault.AccessDenied, times: 10);

        var result = await CollectAsync();

        Assert.Equal(("cost-explorer", 1), (Assert.Single(result.Failures).Source, _committed.Count(b => b.Insights is not null)));
    }

    [Fact]
    public async Task CollectAsync_WhenResourceLevelDataIsNotEnabled_NotesItWithoutAFailure()
    {
        _ce.ResourceLevelEnabled = false;

        var result = await CollectAsync();

        Assert.Equal((0, 1), (result.Failures.Count, result.Notes.Count(n => n.Contains("resource-level", StringComparison.Ordinal))));
    }

    private Task<AwsCollectionResult> CollectAsync() =>
        new AwsCollectionRun(_ => FakeAwsClient.Options(_server) with { Counter = _counter })
            .CollectAsync([new AwsAccountTarget(Account, "prod")], ["us-east-1"], new Period(Start, Start.AddDays(2)), [], CommitAsync, CancellationToken.None);

    private Task CommitAsync(CollectedBatch batch, CancellationToken cancellationToken)
    {
        _committed.Add(batch);
        return Task.CompletedTask;
    }
}
