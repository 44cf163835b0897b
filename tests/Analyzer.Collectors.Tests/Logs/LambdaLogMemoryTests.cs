using Analyzer.Collectors.Aws;
using Analyzer.Collectors.Logs;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Logs;

public sealed class LambdaLogMemoryTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly FakeAwsServer _server = new();
    private readonly FakeCloudWatchLogs _logs;
    private readonly AwsCallCounter _counter = new();

    public LambdaLogMemoryTests() => _logs = FakeCloudWatchLogs.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_WhenOptedIn_ReadsHourlyMemoryFromTheReportLinesAndCountsBytesBeforeAndAfter()
    {
        _logs.LogGroups["/aws/lambda/resize"] = 2_000_000_000;
        _logs.BytesScanned["/aws/lambda/resize"] = 500_000_000;
        _logs.LogGroups["/aws/lambda/other-function"] = 7;
        _logs.Memory = (group, hour) => group == "/aws/lambda/resize" && hour.Hour < 3 ? (18.5, 25.0 + hour.Hour) : null;

        var result = await CollectAsync([Function("resize"), Function("no-logs")], hours: 24);

        Assert.Equal(
            [(Start, 18.5, 25.0), (Start.AddHours(1), 18.5, 26.0), (Start.AddHours(2), 18.5, 27.0)],
            result.Memory.OrderBy(m => m.Key.Hour).Select(m => (m.Key.Hour, m.Value.Average, m.Value.Maximum)));
        // Before: the stored 2 GB of the one group queried, 2 x $0.005 = $0.01; after: 0.5 GB scanned, $0.0025.
        Assert.Equal((2_000_000_000L, 0.01m), (_counter.LogsBytesEstimated, LambdaLogMemory.Usd(_counter.LogsBytesEstimated)));
        Assert.Equal((500_000_000L, 0.0025m), (_counter.LogsBytesScanned, LambdaLogMemory.Usd(_counter.LogsBytesScanned)));
        Assert.Contains(result.Notes, n => n.Contains("1 Lambda function(s) have no log group", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CollectAsync_ForAnyFunctionName_SendsTheConstantQueryAndTheLogGroupAsAParameter()
    {
        // Not a name Lambda allows, but names come from the network: one that would end the filter and add a command.
        const string hostile = "x\" | fields @message | display @logStream #";
        _logs.LogGroups["/aws/lambda/" + hostile] = 10;

        await CollectAsync([Function(hostile)], hours: 2);

        var query = Assert.Single(_logs.Queries);
        Assert.Equal(LambdaLogMemory.Query, query.QueryString);
        Assert.DoesNotContain("@message", query.QueryString, StringComparison.Ordinal);
        Assert.Equal(["/aws/lambda/" + hostile], query.LogGroups);
        // Epoch seconds; the end is inclusive in Logs Insights, so one second before the window's half-open end.
        Assert.Equal((Start, Start.AddHours(2).AddSeconds(-1)), (query.Start, query.End));
    }

    [Fact]
    public async Task CollectAsync_WhenNotEnabled_CallsNothing()
    {
        _logs.LogGroups["/aws/lambda/resize"] = 10;

        var result = await CollectAsync([Function("resize")], hours: 2, new LambdaLogMemoryOptions());

        Assert.Equal((0, 0, 0), (result.Memory.Count, _server.Calls("DescribeLogGroups"), _server.Calls("StartQuery")));
    }

    [Fact]
    public async Task CollectAsync_WhenTheEstimateWouldPassTheLimit_QueriesTheSmallestGroupsThatFit()
    {
        // $0.01 at $0.005 per GB allows 2 GB: smallest first, 0.4 + 1.0 = 1.4 GB fit, the 1.5 GB group would make 2.9.
        _logs.LogGroups["/aws/lambda/a"] = 1_500_000_000;
        _logs.LogGroups["/aws/lambda/b"] = 1_000_000_000;
        _logs.LogGroups["/aws/lambda/c"] = 400_000_000;

        var result = await CollectAsync([Function("a"), Function("b"), Function("c")], hours: 2, new LambdaLogMemoryOptions { Enabled = true, MaxEstimatedUsd = 0.01m });

        Assert.Equal(["/aws/lambda/c", "/aws/lambda/b"], _logs.Queries.Select(q => q.LogGroups[0]));
        Assert.Equal(1_400_000_000L, _counter.LogsBytesEstimated);
        Assert.Contains(result.Notes, n => n.Contains("1 Lambda function(s) not queried", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CollectAsync_WhileAQueryRuns_PollsUntilItCompletes()
    {
        _logs.LogGroups["/aws/lambda/resize"] = 10;
        _logs.Memory = (_, _) => (10, 20);
        _logs.RunningPolls = 2;

        var result = await CollectAsync([Function("resize")], hours: 1);

        Assert.Equal((3, 1), (_server.Calls("GetQueryResults"), result.Memory.Count));
    }

    [Fact]
    public async Task CollectAsync_WithMoreThanOnePageOfLogGroups_FollowsNextToken()
    {
        for (var i = 0; i < 60; i++)
        {
            _logs.LogGroups[$"/aws/lambda/f{i:00}"] = 1;
        }

        await CollectAsync([Function("f59")], hours: 1);

        Assert.Equal((2, "/aws/lambda/f59"), (_server.Calls("DescribeLogGroups"), Assert.Single(_logs.Queries).LogGroups[0]));
    }

    [Theory]
    [InlineData("2026-11-01 05:00:00.000", "40", "12.5", true)]
    [InlineData("2026-11-01 05:00:00.000", "NaN", "40", false)]
    [InlineData("2026-11-01 05:00:00.000", "<script>", "40", false)]
    [InlineData("yesterday", "12.5", "40", false)]
    public void Parse_ARow_ReadsTheHourAndPercentsOrRejectsIt(string bin, string maximum, string average, bool parsed)
    {
        var row = new Dictionary<string, string> { ["bin(1h)"] = bin, ["memoryMaxPercent"] = maximum, ["memoryAveragePercent"] = average };

        var result = LambdaLogMemory.Parse(row);

        Assert.Equal(parsed, result is not null);
        if (parsed)
        {
            Assert.Equal((new DateTime(2026, 11, 1, 5, 0, 0, DateTimeKind.Utc), 12.5, 40.0), result!.Value);
            Assert.Equal(DateTimeKind.Utc, result.Value.Hour.Kind);
        }
    }

    private Task<LambdaLogMemoryResult> CollectAsync(IReadOnlyList<Workload> functions, int hours, LambdaLogMemoryOptions? settings = null) =>
        new LambdaLogMemory(FakeAwsClient.Options(_server) with { Counter = _counter }, settings ?? new LambdaLogMemoryOptions { Enabled = true }) { PollInterval = TimeSpan.Zero }
            .CollectAsync("us-east-1", functions, new Period(Start, Start.AddHours(hours)), CancellationToken.None);

    private static Workload Function(string name) => new($"arn:aws:lambda:us-east-1:111111111111:function:{name}", "111111111111", "us-east-1", WorkloadKind.LambdaFunction, name, null,
        1024 / 1769.0, 1.0, "x86_64", "on-demand", null, 1, 1024, 30, new Dictionary<string, string>());
}
