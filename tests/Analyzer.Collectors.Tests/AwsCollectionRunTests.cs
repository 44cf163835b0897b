using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;
using Analyzer.Core.Time;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests;

public sealed class AwsCollectionRunTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly FakeAwsCredential Second = new("AKIDFAKE0000000000002", "fake-secret-key-0002", "222222222222");
    private readonly FakeAwsServer _server = new();
    private readonly FakeEc2 _ec2;
    private readonly FakeCostExplorer _ce;
    private readonly FakeComputeOptimizer _optimizer;
    private readonly AwsCallCounter _counter = new();
    private readonly List<CollectedBatch> _committed = [];

    public AwsCollectionRunTests()
    {
        _server.AddCredential(Second);
        _ec2 = FakeEc2.Serve(_server);
        FakeCloudWatch.Serve(_server);
        FakeEcs.Serve(_server);
        FakeLambda.Serve(_server);
        _optimizer = FakeComputeOptimizer.Serve(_server);
        _ce = FakeCostExplorer.Serve(_server);
        _ec2.AddMany(3);
        _ce.Rows.Add(new FakeCostRow(DateOnly.FromDateTime(Start), "111111111111", "AWS Lambda", "USE1-Request", 2m, 2m, 1m));
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_WhenOneAccountIsDeniedEc2_RecordsItAndCollectsTheOther()
    {
        _server.Fail("DescribeInstances", FakeFault.AccessDenied, times: 100, accountId: Second.AccountId);

        var result = await CollectAsync(Window(hours: 2));

        var failure = Assert.Single(result.Failures);
        var cloudWatch = Assert.Single(_committed, b => b.Batch.Source == "cloudwatch" && b.Batch.Workloads.Count > 0).Batch;
        Assert.Equal(("222222222222", "ec2", "ec2:DescribeInstances", "111111111111", 3, 6),
            (failure.AccountId, failure.Source, failure.MissingIamAction, cloudWatch.AccountIds[0], cloudWatch.Workloads.Count, cloudWatch.Samples.Count()));
    }

    [Fact]
    public async Task CollectAsync_ForTwoAccounts_CommitsCostBatchesWithTheirWatermarks()
    {
        var result = await CollectAsync(Window(hours: 2));

        var costs = _committed.Where(b => b.Batch.Source == "cost-explorer").ToList();
        var mark = costs.SelectMany(b => b.Watermarks).Single(m => m.AccountId == "111111111111");
        Assert.Equal((2, 2m, DateOnly.FromDateTime(Start), "global", 2L),
            (costs.Count, costs.SelectMany(b => b.Batch.CostLines).Sum(l => l.UnblendedCost), mark.ClosedThrough, mark.Region, result.Counter[AwsOperations.GetCostAndUsage]));
    }

    [Fact]
    public async Task CollectAsync_WithPartialDayWindow_AsksCostExplorerForTheWholeDay()
    {
        await CollectAsync(Window(hours: 2));

        Assert.All(_ce.Requested, r => Assert.Equal("2026-11-01/2026-11-02", r));
    }

    [Fact]
    public async Task CollectAsync_WithCloudWatchWatermarkCoveringTheWindow_ReadsNoMetricsButStillLoadsInventory()
    {
        var window = Window(hours: 48);
        CollectionWatermark[] marks =
        [
            new("cloudwatch", "111111111111", "us-east-1", new DateOnly(2026, 11, 2)),
            new("cloudwatch", Second.AccountId, "us-east-1", new DateOnly(2026, 11, 2)),
        ];

        await CollectAsync(window, marks);

        var cloudWatch = _committed.Where(b => b.Batch.Source == "cloudwatch").ToList();
        Assert.Equal((0, 6, 0), (_server.Calls("GetMetricData"), cloudWatch.Sum(b => b.Batch.Workloads.Count), cloudWatch.Sum(b => b.Batch.Samples.Count())));
    }

    [Fact]
    public async Task CollectAsync_WithCloudWatchWatermarkOnFirstDay_ReadsOnlyTheSecondDay()
    {
        CollectionWatermark[] marks = [new("cloudwatch", "111111111111", "us-east-1", new DateOnly(2026, 11, 1))];

        await CollectAsync(Window(hours: 48), marks);

        var first = _committed.Single(b => b.Batch.Source == "cloudwatch" && b.Batch.AccountIds[0] == "111111111111").Batch;
        Assert.Equal((Start.AddDays(1), 3 * 24), (first.Window.Start, first.Samples.Count()));
    }

    [Fact]
    public async Task CollectAsync_WhenCloudWatchFails_CommitsInventoryWithAnEmptyWindowAndNoWatermark()
    {
        _server.Fail("GetMetricData", FakeFault.AccessDenied, times: 100, accountId: "111111111111");

        await CollectAsync(Window(hours: 48));

        var first = _committed.Single(b => b.Batch.Source == "cloudwatch" && b.Batch.AccountIds[0] == "111111111111");
        Assert.Equal((3, TimeSpan.Zero, 0), (first.Batch.Workloads.Count, first.Batch.Window.Length, first.Watermarks.Count));
    }

    [Fact]
    public async Task CollectAsync_ForTwoAccountsAndOneRegion_ReportsFourSteps()
    {
        var steps = new List<CollectionStep>();

        await new AwsCollectionRun(Options) { StepDone = s => { lock (steps) { steps.Add(s); } } }
            .CollectAsync(Accounts, ["us-east-1"], Window(hours: 2), [], CommitAsync, CancellationToken.None);

        Assert.Equal(4, steps.Count(s => s.Succeeded));
    }

    [Fact]
    public async Task CollectAsync_WhenNotEnrolled_NotesEachAccountAndRegionOnceAndFailsNothing()
    {
        _optimizer.Enrolled = false;

        var result = await CollectAsync(Window(hours: 2));

        Assert.Equal((2, 0), (result.Notes.Count(n => n.Contains("not enrolled", StringComparison.Ordinal)), result.Failures.Count));
    }

    [Fact]
    public async Task CollectAsync_WhenEnrolled_CommitsEveryRecommendationTypeWithTheRegionBatch()
    {
        _optimizer.AutoScalingGroups.Add(("web-asg", "m5.xlarge", 4, "Overprovisioned", "m5.large", 4, 200m));
        _optimizer.LambdaFunctions.Add(("fn", 1024, "NotOptimized", ["MemoryOverprovisioned"], 512, 3m));

        await CollectAsync(Window(hours: 2));

        var batch = _committed.First(b => b.Batch.Source == "cloudwatch" && b.Batch.AccountIds[0] == "111111111111");
        Assert.Equal((0, 1, 1, 0), (batch.Recommendations!.Count, batch.AsgRecommendations!.Count, batch.LambdaRecommendations!.Count, batch.EcsRecommendations!.Count));
    }

    private static AwsAccountTarget[] Accounts => [new("111111111111", "prod"), new(Second.AccountId, "dev")];

    private static Period Window(int hours) => new(Start, Start.AddHours(hours));

    private AwsClientOptions Options(AwsAccountTarget target) =>
        FakeAwsClient.Options(_server, target.AccountId == Second.AccountId ? Second : null) with { Counter = _counter };

    private Task CommitAsync(CollectedBatch batch, CancellationToken cancellationToken)
    {
        _committed.Add(batch with { Batch = batch.Batch with { Samples = batch.Batch.Samples.ToList() } });
        return Task.CompletedTask;
    }

    private Task<AwsCollectionResult> CollectAsync(Period window, IReadOnlyList<CollectionWatermark>? marks = null) =>
        new AwsCollectionRun(Options).CollectAsync(Accounts, ["us-east-1"], window, marks ?? [], CommitAsync, CancellationToken.None);
}
