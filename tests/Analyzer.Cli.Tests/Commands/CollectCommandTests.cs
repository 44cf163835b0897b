using System.Text.RegularExpressions;
using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Cli.Tests.Commands;

/// <summary>
/// `analyzer collect` end to end: the real command tree in-process against the fake AWS endpoint. The SDK's default
/// credential chain reads the fake's key from the environment, so these tests share one collection that runs alone.
/// </summary>
[Collection(AwsEnvironmentGroup.Name)]
public sealed class CollectCommandTests : IDisposable
{
    private const string Account = "111111111111";
    private readonly FakeAwsServer _server = new();
    private readonly FakeCostExplorer _ce;
    private readonly FakeEc2 _ec2;
    private readonly FakeComputeOptimizer _optimizer;
    private readonly FakeLambda _lambda;
    private readonly FakeCloudWatchLogs _logs;
    private readonly TempDuckDbFile _file = new();
    private readonly string _store;
    private readonly AwsEnvironment _environment = AwsEnvironment.WithKey(FakeAwsCredential.Default);

    public CollectCommandTests()
    {
        var ec2 = _ec2 = FakeEc2.Serve(_server);
        ec2.AddMany(2, "m5.xlarge");
        ec2.AddMany(3, "c5.large", autoScalingGroup: "web-asg");
        FakeCloudWatch.Serve(_server);
        FakeEcs.Serve(_server);
        _lambda = FakeLambda.Serve(_server);
        _logs = FakeCloudWatchLogs.Serve(_server);
        _optimizer = FakeComputeOptimizer.Serve(_server);
        FakeSts.Serve(_server);
        _ce = FakeCostExplorer.Serve(_server);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        _ce.Rows.Add(new FakeCostRow(today.AddDays(-1), Account, "Amazon Elastic Compute Cloud - Compute", "BoxUsage:m5.xlarge", 9.216m, 9.216m, 48m));
        _ce.Rows.Add(new FakeCostRow(today.AddDays(-2), Account, "Amazon Elastic Compute Cloud - Compute", "BoxUsage:m5.xlarge", 9.216m, 9.216m, 48m));
        _store = Path.Combine(Path.GetDirectoryName(_file.Path)!, "collect.duckdb");
    }

    public void Dispose()
    {
        _environment.Dispose();
        _file.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task Collect_WithEndpointUrl_LoadsInventoryOfTheCurrentAccount()
    {
        var (code, _, error) = await CollectAsync("--lookback-days", "2");

        Assert.True(code == 0, error);
        Assert.Equal(
            [$"{Account}|asg|web-asg|3", $"{Account}|ec2_instance|web-1|1", $"{Account}|ec2_instance|web-2|1"],
            Rows("SELECT account_id || '|' || kind || '|' || name || '|' || desired_count FROM workloads ORDER BY kind, name"));
    }

    [Fact]
    public async Task Collect_WithEndpointUrl_LoadsHourlySamplesAndDailyCost()
    {
        await CollectAsync("--lookback-days", "2");

        // 2 instances + 1 group, 48 hours each; two days of cost.
        Assert.Equal(["144|18.432000"], Rows("SELECT (SELECT count(*) FROM utilization_hourly)::VARCHAR || '|' || (SELECT sum(unblended_cost) FROM cost_daily)::VARCHAR"));
    }

    [Fact]
    public async Task Collect_Always_PrintsRowsCallsAndPaidRequests()
    {
        var (_, printed, _) = await CollectAsync("--lookback-days", "2");

        var output = Regex.Replace(printed, " +", " ");
        Assert.Contains("utilization_hourly 144", output, StringComparison.Ordinal);
        Assert.Contains("ce:GetCostAndUsage 1", output, StringComparison.Ordinal);
        Assert.Contains("ce:GetRightsizingRecommendation 1", output, StringComparison.Ordinal);
        Assert.Contains("Paid: 8 Cost Explorer request(s) at $0.01 and 12 CloudWatch metric(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_WhenEverythingIsDenied_ExitsWithTheCollectionCode()
    {
        _server.Fail("DescribeInstances", FakeFault.AccessDenied, times: 100);
        _server.Fail("ListClusters", FakeFault.AccessDenied, times: 100);
        _server.Fail("ListFunctions", FakeFault.AccessDenied, times: 100);
        _server.Fail("GetCostAndUsage", FakeFault.AccessDenied, times: 100);
        foreach (var operation in new[] { "GetSavingsPlansUtilization", "GetSavingsPlansUtilizationDetails", "GetSavingsPlansCoverage", "GetSavingsPlansPurchaseRecommendation", "GetRightsizingRecommendation", "GetCostAndUsageWithResources" })
        {
            _server.Fail(operation, FakeFault.AccessDenied, times: 100);
        }

        var (code, output, _) = await CollectAsync("--lookback-days", "2");

        Assert.Equal(4, code);
        Assert.Contains("the role needs ec2:DescribeInstances", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_WhenOneSourceIsDenied_LoadsTheRestRecordsTheFailedRunAndExitsDataGaps()
    {
        _server.Fail("GetCostAndUsage", FakeFault.AccessDenied, times: 100);

        var (code, _, _) = await CollectAsync("--lookback-days", "2");

        Assert.Equal(10, code);
        Assert.Equal(["cost-explorer|ce:GetCostAndUsage"], Rows("SELECT source || '|' || missing_iam_action FROM collection_runs WHERE status = 'failed'"));
    }

    [Fact]
    public async Task Collect_WithConfigFile_CollectsItsRegions()
    {
        var config = Path.Combine(Path.GetDirectoryName(_file.Path)!, "collect.json");
        await File.WriteAllTextAsync(config, $$"""{ "accounts": [ { "id": "{{Account}}", "name": "prod" } ], "regions": ["eu-west-1", "eu-central-1"], "lookbackDays": 1 }""");

        var (code, _, error) = await CollectAsync("--config", config);

        Assert.True(code == 0, error);
        Assert.Equal(["prod"], Rows("SELECT name FROM accounts"));
        Assert.Equal(["eu-central-1|1", "eu-west-1|1"], Rows("SELECT region || '|' || count(*) FROM collection_watermarks WHERE source = 'cloudwatch' GROUP BY region ORDER BY region"));
    }

    [Fact]
    public async Task Collect_WithoutRegions_CollectsEveryRegionEnabledForTheAccount()
    {
        _ec2.Regions.Add(("eu-west-1", "opted-in"));

        var (code, _, error) = await CollectAsync("--lookback-days", "1");

        // ap-east-1 is in the fake's list but not opted in to.
        Assert.True(code == 0, error);
        Assert.Equal(["eu-west-1", "us-east-1"], Rows("SELECT region FROM collection_watermarks WHERE source = 'cloudwatch' ORDER BY region"));
    }

    [Fact]
    public async Task Collect_WithRegionOption_DoesNotListRegions()
    {
        var (code, _, error) = await CollectAsync("--lookback-days", "1", "--region", "eu-west-1");

        Assert.True(code == 0, error);
        Assert.Equal((0, "eu-west-1"), (_server.Calls("DescribeRegions"), string.Join(',', Rows("SELECT DISTINCT region FROM collection_watermarks WHERE source = 'cloudwatch'"))));
    }

    [Fact]
    public async Task Collect_WhenRegionsCannotBeListed_WarnsAndCollectsTheCurrentRegion()
    {
        _server.Fail("DescribeRegions", FakeFault.AccessDenied);

        var (code, _, error) = await CollectAsync("--lookback-days", "1");

        Assert.Equal(0, code);
        Assert.Contains("ec2:DescribeRegions", error, StringComparison.Ordinal);
        Assert.Equal(["us-east-1"], Rows("SELECT DISTINCT region FROM collection_watermarks WHERE source = 'cloudwatch'"));
    }

    [Fact]
    public async Task Collect_WithComputeOptimizerRecommendations_StoresThemJoinableToTheirWorkloads()
    {
        _optimizer.AutoScalingGroups.Add(("web-asg", "c5.large", 3, "Overprovisioned", "c6g.large", 3, 30m));

        var (code, _, error) = await CollectAsync("--lookback-days", "1");

        Assert.True(code == 0, error);
        Assert.Equal(["web-asg|c6g.large|asg"], Rows("SELECT c.asg_name || '|' || c.recommended_instance_type || '|' || w.kind FROM compute_optimizer_asg c JOIN workloads w ON w.workload_id = c.workload_id"));
    }

    [Fact]
    public async Task Collect_WithConfiguredRecommendation_AsksForAndStoresOnlyIt()
    {
        var config = Path.Combine(Path.GetDirectoryName(_file.Path)!, "collect.json");
        await File.WriteAllTextAsync(config, """
            { "regions": ["eu-west-1"], "lookbackDays": 2,
              "costExplorerInsights": { "savingsPlanRecommendations": [ { "savingsPlansType": "EC2_INSTANCE_SP", "termInYears": "THREE_YEARS", "paymentOption": "ALL_UPFRONT" } ] } }
            """);

        var (code, _, error) = await CollectAsync("--config", config);

        Assert.True(code == 0, error);
        Assert.Single(_ce.PurchaseRequests);
        Assert.Equal(["EC2_INSTANCE_SP|3|ALL_UPFRONT"], Rows("SELECT plan_type || '|' || term_years || '|' || payment_option FROM ce_savings_plan_recommendations"));
    }

    [Fact]
    public async Task Collect_WithLambdaMemoryFromLogs_StoresMemoryAndPrintsTheScanEstimateBeforeAndTheScanAfter()
    {
        _lambda.Functions.Add(new FakeLambdaFunction("resize", MemoryMb: 1024));
        _logs.LogGroups["/aws/lambda/resize"] = 3_000_000_000;
        _logs.BytesScanned["/aws/lambda/resize"] = 1_200_000_000;
        _logs.Memory = (_, _) => (18, 25);
        var config = Path.Combine(Path.GetDirectoryName(_file.Path)!, "collect.json");
        await File.WriteAllTextAsync(config, """{ "lookbackDays": 1, "lambdaMemoryFromLogs": { "enabled": true, "maxEstimatedUsd": 0.05 } }""");

        var (code, output, error) = await CollectAsync("--config", config);

        Assert.True(code == 0, error);
        // 3 GB stored x $0.005 = $0.015 before; 1.2 GB scanned x $0.005 = $0.006 after.
        Assert.Contains("Logs Insights (Lambda memory): estimated at most 3.000 GB ($0.0150) before the queries; scanned 1.200 GB ($0.0060)", output, StringComparison.Ordinal);
        Assert.Equal(["24|25.0"], Rows("SELECT count(*)::VARCHAR || '|' || max(u.mem_max_pct)::DECIMAL(5,1)::VARCHAR FROM utilization_hourly u JOIN workloads w USING (workload_id) WHERE w.name = 'resize' AND u.mem_max_pct IS NOT NULL"));
    }

    [Fact]
    public async Task Collect_WithNegativeLogsLimitInConfig_ExitsWithUsageCodeNamingTheKey()
    {
        var config = Path.Combine(Path.GetDirectoryName(_file.Path)!, "collect.json");
        await File.WriteAllTextAsync(config, """{ "lambdaMemoryFromLogs": { "enabled": true, "maxEstimatedUsd": -1 } }""");

        var (code, _, error) = await CollectAsync("--config", config);

        Assert.Equal(2, code);
        Assert.Contains("lambdaMemoryFromLogs.maxEstimatedUsd", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_WithUnknownPlanTypeInConfig_ExitsWithUsageCodeNamingTheKey()
    {
        var config = Path.Combine(Path.GetDirectoryName(_file.Path)!, "collect.json");
        await File.WriteAllTextAsync(config, """{ "costExplorerInsights": { "savingsPlanRecommendations": [ { "savingsPlansType": "COMPUTE", "termInYears": "ONE_YEAR", "paymentOption": "NO_UPFRONT" } ] } }""");

        var (code, _, error) = await CollectAsync("--config", config);

        Assert.Equal(2, code);
        Assert.Contains("costExplorerInsights.savingsPlanRecommendations[0].savingsPlansType", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_WithBadRoleArn_ExitsWithUsageCode()
    {
        var (code, _, error) = await CollectAsync("--account-role", "arn:aws:iam::12345:user/bob");

        Assert.Equal(2, code);
        Assert.Contains("--account-role", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_AfterACollectWithoutACatalog_LoadsTheShippedCatalogAndPricesTheWorkloads()
    {
        await CollectAsync("--lookback-days", "2");
        Assert.Equal(["0"], Rows("SELECT count(*)::VARCHAR FROM prices_ec2"));

        var (code, output, error) = await CliRunner.RunAsync("analyze", "--store", _store);

        // Before, analyze priced every option at $0 ("prices as of (none loaded)") and exited 0.
        Assert.True(code == 0, error);
        Assert.DoesNotContain("(none loaded)", output, StringComparison.Ordinal);
        Assert.NotEqual(["0"], Rows("SELECT count(*)::VARCHAR FROM prices_ec2"));
        Assert.NotEqual(["0.000000"], Rows("SELECT coalesce(sum(monthly_cost), 0)::DECIMAL(18,6)::VARCHAR FROM workload_options"));
    }

    private Task<(int Code, string Output, string Error)> CollectAsync(params string[] extra) =>
        CliRunner.RunAsync(["collect", "--store", _store, "--endpoint-url", _server.Endpoint.ToString(), .. extra]);

    private List<string> Rows(string sql)
    {
        using var database = DuckDbDatabase.Open(_store);
        using var connection = database.Connect();
        using var reader = connection.ExecuteReader(sql);
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
