using Analyzer.Collectors.Aws;
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
    private readonly AwsCallCounter _counter = new();

    public AwsCollectionRunTests()
    {
        _server.AddCredential(Second);
        _ec2 = FakeEc2.Serve(_server);
        FakeCloudWatch.Serve(_server);
        _ce = FakeCostExplorer.Serve(_server);
        _ec2.AddMany(3);
        _ce.Rows.Add(new FakeCostRow(DateOnly.FromDateTime(Start), "111111111111", "AWS Lambda", "USE1-Request", 2m, 2m, 1m));
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_WhenOneAccountIsDeniedEc2_RecordsItAndCollectsTheOther()
    {
        _server.Fail("DescribeInstances", FakeFault.AccessDenied, times: 100, accountId: Second.AccountId);

        var result = await CollectAsync();

        var failure = Assert.Single(result.Failures);
        var cloudWatch = Assert.Single(result.Batches, b => b.Source == "cloudwatch");
        Assert.Equal(("222222222222", "ec2", "ec2:DescribeInstances", "111111111111", 3, 6),
            (failure.AccountId, failure.Source, failure.MissingIamAction, cloudWatch.AccountIds[0], cloudWatch.Workloads.Count, cloudWatch.Samples.Count()));
    }

    [Fact]
    public async Task CollectAsync_ForTwoAccounts_ReturnsCostBatchesAndWatermarks()
    {
        var result = await CollectAsync();

        var costs = result.Batches.Where(b => b.Source == "cost-explorer").ToList();
        Assert.Equal((2, 2m, DateOnly.FromDateTime(Start), 0.02m),
            (costs.Count, costs.SelectMany(b => b.CostLines).Sum(l => l.UnblendedCost), result.CostClosedThrough["111111111111"], result.Counter.PaidUsd));
    }

    [Fact]
    public async Task CollectAsync_WithPartialDayWindow_AsksCostExplorerForTheWholeDay()
    {
        await CollectAsync();

        Assert.All(_ce.Requested, r => Assert.Equal("2026-11-01/2026-11-02", r));
    }

    private Task<AwsCollectionResult> CollectAsync() =>
        new AwsCollectionRun(target => FakeAwsClient.Options(_server, target.AccountId == Second.AccountId ? Second : null) with { Counter = _counter })
            .CollectAsync(
                [new AwsAccountTarget("111111111111", "prod"), new AwsAccountTarget(Second.AccountId, "dev")],
                ["us-east-1"],
                new Period(Start, Start.AddHours(2)),
                new Dictionary<string, DateOnly>(),
                CancellationToken.None);
}
