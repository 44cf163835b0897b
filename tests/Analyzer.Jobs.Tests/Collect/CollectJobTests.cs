using Amazon.Runtime;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Time;
using Analyzer.Jobs.Collect;
using Analyzer.Jobs.Progress;
using Analyzer.Storage;
using Analyzer.Testing;
using Analyzer.Testing.DuckDb;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Jobs.Tests.Collect;

public sealed class CollectJobTests : IDisposable
{
    private const string Account = "111111111111";
    private static readonly DateTimeOffset Now = new(2026, 11, 8, 6, 0, 0, TimeSpan.Zero);
    private readonly FakeAwsServer _server = new();
    private readonly FakeCostExplorer _ce;
    private readonly FakeComputeOptimizer _optimizer;
    private readonly TempDuckDbFile _file = new();
    private readonly ManualTimeProvider _time = new(Now);
    private readonly AnalyzerStore _store;

    public CollectJobTests()
    {
        var ec2 = FakeEc2.Serve(_server);
        ec2.AddMany(3);
        ec2.ByRegion["eu-west-1"] =
        [
            new FakeEc2Instance("i-0eu000000000000a1", "c6g.large", "running", Account, new Dictionary<string, string>(), "arm64"),
            new FakeEc2Instance("i-0eu000000000000a2", "c6g.large", "running", Account, new Dictionary<string, string>(), "arm64"),
        ];
        FakeCloudWatch.Serve(_server);
        FakeEcs.Serve(_server);
        FakeLambda.Serve(_server);
        _optimizer = FakeComputeOptimizer.Serve(_server);
        _optimizer.Recommendations.Add(("i-00000000000000001", "m5.large", "Overprovisioned", "t4g.medium", 41.5m));
        ec2.SpotPrices.Add(("us-east-1a", "m5.large", new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), 0.0391m));
        _ce = FakeCostExplorer.Serve(_server);
        for (var day = new DateOnly(2026, 11, 1); day < new DateOnly(2026, 11, 9); day = day.AddDays(1))
        {
            _ce.Rows.Add(new FakeCostRow(day, Account, "Amazon Elastic Compute Cloud - Compute", "USE1-BoxUsage:m5.large", 6.912m, 6.912m, 72m));
        }

        _store = AnalyzerStore.Open(_file.Path, _time);
    }

    public void Dispose()
    {
        _store.Dispose();
        _file.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task RunAsync_FirstRun_LoadsInventorySamplesAndCostOfTheWindow()
    {
        var outcome = await RunAsync();

        Assert.Equal((5L, 5L * 72, 3L), (outcome.Workloads, outcome.Samples, outcome.CostLines));
        Assert.Equal((5L, 360L, 20.736m), (Scalar<long>("SELECT count(*) FROM workloads"), Scalar<long>("SELECT count(*) FROM utilization_hourly"), Scalar<decimal>("SELECT sum(unblended_cost) FROM cost_daily")));
    }

    [Fact]
    public async Task RunAsync_RerunTheSameDay_AsksOnlyForInventory()
    {
        await RunAsync();
        var before = (Metrics: _server.Calls("GetMetricData"), Cost: _server.Calls("GetCostAndUsage"), Ec2: _server.Calls("DescribeInstances"));

        await RunAsync();

        Assert.Equal((before.Metrics, before.Cost, before.Ec2 + 2), (_server.Calls("GetMetricData"), _server.Calls("GetCostAndUsage"), _server.Calls("DescribeInstances")));
        Assert.Equal(360L, Scalar<long>("SELECT count(*) FROM utilization_hourly"));
    }

    [Fact]
    public async Task RunAsync_NextDay_ReadsOnlyTheNewDay()
    {
        await RunAsync();
        _time.Now = Now.AddDays(1);

        var outcome = await RunAsync();

        Assert.Equal((5L * 24, 1L, "2026-11-08/2026-11-09"), (outcome.Samples, outcome.CostLines, _ce.Requested[^1]));
        Assert.Equal(5L * 96, Scalar<long>("SELECT count(*) FROM utilization_hourly"));
    }

    [Fact]
    public async Task RunAsync_WhenEstimatedDaysRemain_AsksForThemAgainNextRun()
    {
        _ce.EstimatedFrom = new DateOnly(2026, 11, 7);
        await RunAsync();

        await RunAsync();

        Assert.Equal("2026-11-07/2026-11-08", _ce.Requested[^1]);
        Assert.Equal(3L, Scalar<long>("SELECT count(*) FROM cost_daily"));
    }

    [Fact]
    public async Task RunAsync_InterruptedAfterTwoSteps_KeepsWhatItCommitted()
    {
        using var interrupt = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(new CancellingProgress(2, interrupt), cancellationToken: interrupt.Token));

        Assert.Equal((3L, 1L), (Scalar<long>("SELECT count(*) FROM cost_daily"), Scalar<long>("SELECT count(*) FROM collection_watermarks WHERE source = 'cloudwatch'")));
    }

    [Fact]
    public async Task RunAsync_AfterAnInterruptedRun_FetchesOnlyWhatWasNotCommitted()
    {
        using var interrupt = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(new CancellingProgress(2, interrupt), cancellationToken: interrupt.Token));
        var before = (Metrics: _server.Calls("GetMetricData"), Cost: _server.Calls("GetCostAndUsage"));

        await RunAsync();

        Assert.Equal((before.Metrics + 1, before.Cost), (_server.Calls("GetMetricData"), _server.Calls("GetCostAndUsage")));
        Assert.Equal(360L, Scalar<long>("SELECT count(*) FROM utilization_hourly"));
    }

    [Fact]
    public async Task RunAsync_WhenOneRegionIsDenied_RecordsTheFailureAndAPartialSession()
    {
        _server.Fail("GetMetricData", FakeFault.AccessDenied, times: 1);

        var outcome = await RunAsync();

        // One region's batch, the other's, the cost batch and the Cost Explorer insights batch.
        Assert.Equal(("partial", 1, 4), (outcome.Session.Status, outcome.Failures.Count, outcome.Batches));
        Assert.Equal("cloudwatch:GetMetricData", Scalar<string>("SELECT missing_iam_action FROM collection_runs WHERE status = 'failed'"));
    }

    [Fact]
    public async Task RunAsync_WhenEverythingIsDenied_ReportsNothingCollected()
    {
        _server.Fail("DescribeInstances", FakeFault.AccessDenied, times: 100);
        _server.Fail("ListClusters", FakeFault.AccessDenied, times: 100);
        _server.Fail("ListFunctions", FakeFault.AccessDenied, times: 100);
        _server.Fail("GetCostAndUsage", FakeFault.AccessDenied, times: 100);
        foreach (var operation in new[] { "GetSavingsPlansUtilization", "GetSavingsPlansUtilizationDetails", "GetSavingsPlansCoverage", "GetSavingsPlansPurchaseRecommendation", "GetRightsizingRecommendation", "GetCostAndUsageWithResources" })
        {
            _server.Fail(operation, FakeFault.AccessDenied, times: 100);
        }

        var outcome = await RunAsync();

        Assert.Equal((true, "failed", 13), (outcome.NothingCollected, outcome.Session.Status, outcome.Failures.Count));
    }

    [Fact]
    public async Task RunAsync_WhenEverythingIsDenied_CountsNoPaidRequestAndNoCost()
    {
        foreach (var operation in new[]
                 {
                     "DescribeInstances", "ListClusters", "ListFunctions", "GetCostAndUsage", "GetSavingsPlansUtilization", "GetSavingsPlansUtilizationDetails",
                     "GetSavingsPlansCoverage", "GetSavingsPlansPurchaseRecommendation", "GetRightsizingRecommendation", "GetCostAndUsageWithResources",
                 })
        {
            _server.Fail(operation, FakeFault.AccessDenied, times: 100);
        }

        var outcome = await RunAsync();

        // 7 Cost Explorer requests went out and were refused: AWS bills none of them, so $0 (was 7 x $0.01 = $0.07).
        Assert.True(outcome.Session.Calls.Where(c => c.Key.StartsWith("ce:", StringComparison.Ordinal)).Sum(c => c.Value) >= 7);
        Assert.Equal((0L, 0L, 0m), (outcome.Session.PaidRequests, outcome.Session.MetricsRequested, outcome.Session.EstimatedCostUsd));
    }

    [Fact]
    public async Task RunAsync_Always_RecordsCallsAndTheirCost()
    {
        var outcome = await RunAsync();

        // 1 GetCostAndUsage and 7 Cost Explorer insight requests ($0.08) + 2 GetMetricData calls asking 3 x 4 + 2 x 4 = 20 metrics ($0.0002).
        Assert.Equal((8L, 20L, 0.0802m), (outcome.Session.PaidRequests, outcome.Session.MetricsRequested, outcome.Session.EstimatedCostUsd));
        Assert.Equal(2L, Scalar<long>("SELECT calls FROM collection_api_calls WHERE iam_action = 'cloudwatch:GetMetricData'"));
    }

    [Fact]
    public async Task RunAsync_WithSpotHistoryAndRecommendations_StoresBoth()
    {
        var outcome = await RunAsync();

        // m5.large has history in us-east-1 only; the fake recommends for each region's request.
        Assert.Equal((1L, 2L), (outcome.SpotPrices, outcome.Recommendations));
        Assert.Equal((0.0391m, 41.5m), (Scalar<decimal>("SELECT avg_price_usd FROM spot_price_averages WHERE instance_type = 'm5.large'"),
            Scalar<decimal>("SELECT sum(estimated_monthly_savings_usd) FROM compute_optimizer_ec2 WHERE region = 'us-east-1'")));
    }

    [Fact]
    public async Task RunAsync_WhenNotEnrolledInComputeOptimizer_NotesItAndSucceeds()
    {
        _optimizer.Enrolled = false;

        var outcome = await RunAsync();

        Assert.Equal(("succeeded", 2), (outcome.Session.Status, outcome.Notes.Count(n => n.Contains("not enrolled", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task RunAsync_WithOrganizationMonths_StoresMonthlyCostOfEveryLinkedAccount()
    {
        _ce.Rows.Add(new FakeCostRow(new DateOnly(2026, 10, 15), "333333333333", "AWS Lambda", "Request", 12.5m, 12.5m, 1m));

        await RunAsync(organizationMonths: 1);

        Assert.Equal(["2026-10-01|333333333333|12.500000", "2026-11-01|111111111111|48.384000"],
            Rows("SELECT month::VARCHAR || '|' || account_id || '|' || unblended_cost::VARCHAR FROM cost_monthly_accounts ORDER BY month"));
    }

    private Task<CollectOutcome> RunAsync(IRunProgress? progress = null, int organizationMonths = 0, CancellationToken cancellationToken = default)
    {
        var plan = new CollectPlan([new AwsAccountTarget(Account, "prod")], ["us-east-1", "eu-west-1"], Period.LastWholeDays(_time.GetUtcNow(), 3))
        {
            MaxConcurrency = 1,
            OrganizationMonths = organizationMonths,
        };
        var ambient = new AwsClientOptions
        {
            Credentials = new BasicAWSCredentials(FakeAwsCredential.Default.AccessKeyId, FakeAwsCredential.Default.SecretAccessKey),
            Region = "us-east-1",
            EndpointUrl = _server.Endpoint,
            MaxRetries = 0,
        };
        return new CollectJob(_store, _time).RunAsync(plan, ambient, progress ?? new LogLineProgress(TextWriter.Null, _time), cancellationToken);
    }

    private List<string> Rows(string sql)
    {
        using var connection = _store.Connect();
        using var reader = connection.ExecuteReader(sql);
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private T? Scalar<T>(string sql)
    {
        using var connection = _store.Connect();
        return connection.ExecuteScalar<T>(sql);
    }

    /// <summary>Cancels the run once <paramref name="units"/> steps have finished: an interruption between commits.</summary>
    private sealed class CancellingProgress(int units, CancellationTokenSource interrupt) : IRunProgress
    {
        public Task<T> StepAsync<T>(string name, double total, Func<Action<double>, Task<T>> work) =>
            work(done =>
            {
                if (done >= units)
                {
                    interrupt.Cancel();
                }
            });

        public void Info(string message)
        {
        }
    }
}
