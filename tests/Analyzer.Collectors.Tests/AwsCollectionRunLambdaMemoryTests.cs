using Analyzer.Collectors.Aws;
using Analyzer.Collectors.Logs;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests;

public sealed class AwsCollectionRunLambdaMemoryTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly FakeAwsServer _server = new();
    private readonly FakeCloudWatch _cloudWatch;
    private readonly FakeCloudWatchLogs _logs;
    private readonly AwsCallCounter _counter = new();
    private readonly List<CollectedBatch> _committed = [];

    public AwsCollectionRunLambdaMemoryTests()
    {
        FakeEc2.Serve(_server);
        _cloudWatch = FakeCloudWatch.Serve(_server);
        FakeEcs.Serve(_server);
        var lambda = FakeLambda.Serve(_server);
        FakeComputeOptimizer.Serve(_server);
        FakeCostExplorer.Serve(_server);
        _logs = FakeCloudWatchLogs.Serve(_server);
        lambda.Functions.Add(new FakeLambdaFunction("resize", MemoryMb: 1024, TimeoutSeconds: 30));
        lambda.Functions.Add(new FakeLambdaFunction("with-insights", MemoryMb: 1024, TimeoutSeconds: 30));
        _cloudWatch.LambdaInsightsMemoryMetrics.Add(new Dictionary<string, string> { ["function_name"] = "with-insights" });
        _cloudWatch.Value = (metric, _) => metric.Namespace == "LambdaInsights" ? 60 : metric.MetricName switch { "Invocations" => 3600, "Duration" => 100, _ => 1 };
        _logs.LogGroups["/aws/lambda/resize"] = 3_000_000_000;
        _logs.LogGroups["/aws/lambda/with-insights"] = 9_000_000_000;
        _logs.BytesScanned["/aws/lambda/resize"] = 1_200_000_000;
        _logs.Memory = (_, _) => (18, 25);
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_OptedIn_FillsMemoryOfFunctionsWithoutInsightsFromTheirReportLines()
    {
        await CollectAsync(new LambdaLogMemoryOptions { Enabled = true });

        var samples = _committed.SelectMany(b => b.Batch.Samples).Where(s => s.WorkloadId.EndsWith(":function:resize", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, samples.Count);
        Assert.All(samples, s => Assert.Equal((18.0, 25.0), (s.MemoryAveragePercent, s.MemoryMaximumPercent)));
        // Only the function without Insights was queried: 3 GB estimated before ($0.015), 1.2 GB scanned after ($0.006).
        Assert.Equal(["/aws/lambda/resize"], _logs.Queries.Select(q => q.LogGroups[0]));
        Assert.Equal((3_000_000_000L, 0.015m, 1_200_000_000L, 0.006m),
            (_counter.LogsBytesEstimated, LambdaLogMemory.Usd(_counter.LogsBytesEstimated), _counter.LogsBytesScanned, LambdaLogMemory.Usd(_counter.LogsBytesScanned)));

        // The profile's memory peak is 25% of 1 GiB = 0.25 GiB: with the default 20% headroom the function needs
        // ceil(256 x 1.2) = 308 MB of its 1,024, as with Lambda Insights.
        var function = _committed.SelectMany(b => b.Batch.Workloads).Single(w => w.Name == "resize");
        var profile = new Core.Profiles.DemandProfile { WorkloadId = function.WorkloadId, HoursInWindow = 720, HoursObserved = 720, MemoryMaxGib = samples.Max(s => s.MemoryMaximumPercent)!.Value / 100 * 1.0, MonthlyInvocations = 2_628_000, DurationAverageMs = 100 };
        var rates = new List<Core.Pricing.LambdaRate> { new("us-east-1", "x86_64", 0m, 0.0000166667m, 0.2m, new Core.Pricing.PriceSource("test:copied-from-catalog", new DateOnly(2024, 8, 22))) };
        var context = new Core.Rules.WorkloadContext(function, profile, 100m, Core.Options.Confidence.High, new Core.Rules.InterruptionTolerance(false, "not tolerant"));
        var option = Core.Rules.LambdaEvaluator.RightsizeFunction(context, rates, new Core.Settings.AnalysisSettings());
        Assert.Equal(308, option.Target!.LambdaMemoryMb);
    }

    [Fact]
    public async Task CollectAsync_NotOptedIn_LeavesMemoryUnknownAndQueriesNothing()
    {
        await CollectAsync(LambdaLogMemoryOptions.Default);

        var sample = _committed.SelectMany(b => b.Batch.Samples).First(s => s.WorkloadId.EndsWith(":function:resize", StringComparison.Ordinal));
        Assert.Equal((null, 0, 0L), (sample.MemoryMaximumPercent, _server.Calls("StartQuery"), _counter.LogsBytesEstimated));
    }

    [Fact]
    public async Task CollectAsync_WhenLogsInsightsIsDenied_RecordsTheFailureAndKeepsTheMetrics()
    {
        _server.Fail("DescribeLogGroups", FakeFault.AccessDenied, times: 10);

        var result = await CollectAsync(new LambdaLogMemoryOptions { Enabled = true });

        var failure = Assert.Single(result.Failures);
        Assert.Equal(("logs-insights-lambda-memory", "logs:DescribeLogGroups"), (failure.Source, failure.MissingIamAction));
        Assert.Equal(4, _committed.SelectMany(b => b.Batch.Samples).Count(s => s.Invocations == 3600));
    }

    private Task<AwsCollectionResult> CollectAsync(LambdaLogMemoryOptions options) =>
        new AwsCollectionRun(_ => FakeAwsClient.Options(_server) with { Counter = _counter }) { LambdaMemoryFromLogs = options }
            .CollectAsync([new AwsAccountTarget("111111111111", "prod")], ["us-east-1"], new Period(Start, Start.AddHours(2)), [], CommitAsync, CancellationToken.None);

    private Task CommitAsync(CollectedBatch batch, CancellationToken cancellationToken)
    {
        _committed.Add(batch with { Batch = batch.Batch with { Samples = batch.Batch.Samples.ToList() } });
        return Task.CompletedTask;
    }
}
