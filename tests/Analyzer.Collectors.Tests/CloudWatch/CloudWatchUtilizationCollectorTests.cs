using Analyzer.Collectors.Aws;
using Analyzer.Collectors.CloudWatch;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.CloudWatch;

public sealed class CloudWatchUtilizationCollectorTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly FakeAwsServer _server = new();
    private readonly FakeCloudWatch _cloudWatch;

    public CloudWatchUtilizationCollectorTests() => _cloudWatch = FakeCloudWatch.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_ForOneInstance_ReturnsHourlyAverageAndMaximum()
    {
        var samples = await CollectAsync([Instance("i-1")], hours: 24);

        var tenAm = samples.Single(s => s.Hour == Start.AddHours(10));
        Assert.Equal((24, 30.0, 60.0, 1_000_000.0, null), (samples.Count, tenAm.CpuAveragePercent, tenAm.CpuMaximumPercent, tenAm.NetworkInBytes, tenAm.MemoryAveragePercent));
    }

    [Fact]
    public async Task CollectAsync_With200Instances_PacksQueriesIntoTwoCallsOf500And300()
    {
        var workloads = Enumerable.Range(1, 200).Select(i => Instance($"i-{i}")).ToList();

        var samples = await CollectAsync(workloads, hours: 2);

        Assert.Equal((400, "500,300"), (samples.Count, string.Join(',', _cloudWatch.QueriesPerCall)));
    }

    [Fact]
    public async Task CollectAsync_WhenResultsExceedOnePage_FollowsNextTokenWithMinimumCalls()
    {
        // 200 instances x 4 queries x 336 hours = 268,800 datapoints: 168,000 + 100,800 over two batches,
        // so three pages of at most 100,800 is the minimum.
        var workloads = Enumerable.Range(1, 200).Select(i => Instance($"i-{i}")).ToList();
        var options = FakeAwsClient.Options(_server);

        var samples = await new CloudWatchUtilizationCollector(options).CollectAsync("us-east-1", workloads, new Period(Start, Start.AddDays(14)), CancellationToken.None);

        Assert.Equal((200 * 336, 3, 1300L), (samples.Count, _server.Calls("GetMetricData"), options.Counter.MetricsRequested));
    }

    [Fact]
    public async Task CollectAsync_ForLambda_ReadsInvocationsDurationAndConcurrency()
    {
        var lambda = new Workload("arn:aws:lambda:us-east-1:111111111111:function:api", "111111111111", "us-east-1", WorkloadKind.LambdaFunction,
            "api", null, null, 0.5, "arm64", "on-demand", null, 1, 512, 30, new Dictionary<string, string>());
        _cloudWatch.Value = (metric, hour) => metric.Dimensions["FunctionName"] == "api" ? metric.MetricName switch
        {
            "Invocations" => 1200,
            "Duration" => metric.Stat == "p99" ? 850 : 120,
            _ => 7,
        } : null;

        var sample = (await CollectAsync([lambda], hours: 1)).Single();

        Assert.Equal((1200.0, 120.0, 850.0, 7.0, null), (sample.Invocations, sample.DurationAverageMs, sample.DurationP99Ms, sample.ConcurrencyMaximum, sample.CpuAveragePercent));
    }

    [Fact]
    public async Task CollectAsync_ForEcsService_SelectsClusterAndServiceFromArn()
    {
        var service = new Workload("arn:aws:ecs:us-east-1:111111111111:service/prod/checkout", "111111111111", "us-east-1", WorkloadKind.EcsService,
            "checkout", null, 1, 2, "x86_64", "on-demand", "FARGATE", 3, null, null, new Dictionary<string, string>());
        _cloudWatch.Value = (metric, hour) => metric.Dimensions.GetValueOrDefault("ClusterName") == "prod" && metric.Dimensions.GetValueOrDefault("ServiceName") == "checkout"
            ? (metric.MetricName == "MemoryUtilization" ? 45 : 12)
            : null;

        var sample = (await CollectAsync([service], hours: 1)).Single();

        Assert.Equal((12.0, 45.0), (sample.CpuAveragePercent, sample.MemoryAveragePercent));
    }

    [Fact]
    public async Task CollectAsync_WhenTheAgentPublishesMemory_ReadsItWithTheDiscoveredDimensions()
    {
        _cloudWatch.AgentMemoryMetrics.Add(new Dictionary<string, string> { ["InstanceId"] = "i-1", ["ImageId"] = "ami-1", ["InstanceType"] = "m5.large" });
        _cloudWatch.Value = (metric, hour) => metric.MetricName == "mem_used_percent" && metric.Dimensions.Count == 3
            ? (metric.Stat == "Maximum" ? 81 : 64)
            : 10;

        var sample = (await CollectAsync([Instance("i-1")], hours: 1)).Single();

        Assert.Equal((64.0, 81.0, 10.0), (sample.MemoryAveragePercent, sample.MemoryMaximumPercent, sample.CpuAveragePercent));
    }

    [Fact]
    public async Task CollectAsync_LambdaInsightsEnabled_ReadsMemoryAndTheFunctionGetsMemoryRightsizing()
    {
        _cloudWatch.LambdaInsightsMemoryMetrics.Add(new Dictionary<string, string> { ["function_name"] = "resize" });
        _cloudWatch.LambdaInsightsMemoryMetrics.Add(new Dictionary<string, string> { ["function_name"] = "resize", ["version"] = "$LATEST" });
        _cloudWatch.Value = (metric, hour) => metric.Namespace == "LambdaInsights" && metric.Dimensions.Count == 1
            ? (metric.Stat == "Maximum" ? 25 : 18)
            : metric.MetricName switch { "Invocations" => 3600, "Duration" => 100, _ => 1 };
        var function = new Workload("arn:aws:lambda:us-east-1:111111111111:function:resize", "111111111111", "us-east-1", WorkloadKind.LambdaFunction, "resize", null,
            1024 / 1769.0, 1.0, "x86_64", "on-demand", null, 1, 1024, 30, new Dictionary<string, string>());

        var sample = (await CollectAsync([function], hours: 1)).Single();

        Assert.Equal((18.0, 25.0, 1), (sample.MemoryAveragePercent, sample.MemoryMaximumPercent, _server.Calls("ListMetrics")));

        // The profile's memory peak is 25% of 1 GiB = 0.25 GiB (demand.sql); with the default headroom the function
        // needs ceil(256 x 1.2) = 308 MB of its 1,024 (x86 us-east-1: 0.0000166667/GB-s, 0.20 per million requests).
        var profile = new Core.Profiles.DemandProfile { WorkloadId = function.WorkloadId, HoursInWindow = 720, HoursObserved = 720, MemoryMaxGib = 0.25, MonthlyInvocations = 2_628_000, DurationAverageMs = 100 };
        var rates = new List<Core.Pricing.LambdaRate> { new("us-east-1", "x86_64", 0m, 0.0000166667m, 0.2m, new Core.Pricing.PriceSource("test:copied-from-catalog", new DateOnly(2024, 8, 22))) };
        var context = new Core.Rules.WorkloadContext(function, profile, 100m, Core.Options.Confidence.High, new Core.Rules.InterruptionTolerance(false, "not tolerant"));
        var option = Core.Rules.LambdaEvaluator.RightsizeFunction(context, rates, new Core.Settings.AnalysisSettings());
        Assert.True(option.Feasible, option.Reason);
        Assert.Equal(308, option.Target!.LambdaMemoryMb);
    }

    [Fact]
    public async Task CollectAsync_WhenOnlyOtherInstancesPublishMemory_LeavesMemoryEmpty()
    {
        _cloudWatch.AgentMemoryMetrics.Add(new Dictionary<string, string> { ["InstanceId"] = "i-other" });

        var sample = (await CollectAsync([Instance("i-1")], hours: 1)).Single();

        Assert.Equal((null, 1), (sample.MemoryAveragePercent, _server.Calls("ListMetrics")));
    }

    [Fact]
    public async Task CollectAsync_WhenThrottledOnce_RetriesAndReturnsEverything()
    {
        _server.Fail("GetMetricData", FakeFault.Throttle);

        var samples = await CollectAsync([Instance("i-1")], hours: 3);

        Assert.Equal((3, 2), (samples.Count, _server.Calls("GetMetricData")));
    }

    [Fact]
    public async Task CollectAsync_WithMalformedBody_ThrowsClearErrorAndReturnsNothing()
    {
        _server.Fail("GetMetricData", FakeFault.Malformed);

        var error = await Assert.ThrowsAsync<CollectorException>(() => CollectAsync([Instance("i-1")], hours: 3));

        Assert.Equal(("CloudWatch", "GetMetricData", false), (error.Service, error.Operation, error.IsTransient));
    }

    private Task<IReadOnlyList<UtilizationSample>> CollectAsync(IReadOnlyList<Workload> workloads, int hours) =>
        new CloudWatchUtilizationCollector(FakeAwsClient.Options(_server))
            .CollectAsync("us-east-1", workloads, new Period(Start, Start.AddHours(hours)), CancellationToken.None);

    private static Workload Instance(string id) => new(id, "111111111111", "us-east-1", WorkloadKind.Ec2Instance, id, "m5.large",
        2, 8, "x86_64", "on-demand", null, 1, null, null, new Dictionary<string, string>());
}
