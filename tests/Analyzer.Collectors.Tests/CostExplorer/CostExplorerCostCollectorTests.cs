using Analyzer.Collectors.Aws;
using Analyzer.Collectors.CostExplorer;
using Analyzer.Core.Time;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.CostExplorer;

public sealed class CostExplorerCostCollectorTests : IDisposable
{
    private const string Account = "111111111111";
    private static readonly DateOnly Day1 = new(2026, 11, 1);
    private readonly FakeAwsServer _server = new();
    private readonly FakeCostExplorer _ce;

    public CostExplorerCostCollectorTests() => _ce = FakeCostExplorer.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_ForOneDay_MapsAmountsAndRegion()
    {
        _ce.Rows.Add(new FakeCostRow(Day1, Account, "Amazon Elastic Compute Cloud - Compute", "EUW1-BoxUsage:m5.large", 2.304m, 1.9m, 24m));

        var result = await CollectAsync(Window(1), closedThrough: null);

        var line = Assert.Single(result.Lines);
        Assert.Equal((Day1, "eu-west-1", "EUW1-BoxUsage:m5.large", 2.304m, 1.9m, 24m),
            (line.UsageDate, line.Region, line.UsageType, line.UnblendedCost, line.AmortizedCost, line.UsageQuantity));
    }

    [Fact]
    public async Task CollectAsync_WithOtherAccountsRows_ReturnsOnlyTheFilteredAccount()
    {
        _ce.Rows.Add(new FakeCostRow(Day1, Account, "AWS Lambda", "USE2-Lambda-GB-Second", 1m, 1m, 1m));
        _ce.Rows.Add(new FakeCostRow(Day1, "999999999999", "AWS Lambda", "USE2-Lambda-GB-Second", 5m, 5m, 5m));

        var result = await CollectAsync(Window(1), closedThrough: null);

        Assert.Equal(1m, Assert.Single(result.Lines).UnblendedCost);
    }

    [Fact]
    public async Task CollectAsync_WhenGroupsSpanPages_FollowsNextPageTokenAndCountsPaidRequests()
    {
        for (var d = 0; d < 10; d++)
        {
            for (var g = 0; g < 25; g++)
            {
                _ce.Rows.Add(new FakeCostRow(Day1.AddDays(d), Account, "Amazon Elastic Compute Cloud - Compute", $"USE1-BoxUsage:type{g}", 0.5m, 0.5m, 1m));
            }
        }

        _ce.GroupsPerPage = 100;
        var options = FakeAwsClient.Options(_server);

        var result = await new CostExplorerCostCollector(options).CollectAsync(Account, Window(10), null, CancellationToken.None);

        Assert.Equal((250, 125m, 3, 0.03m), (result.Lines.Count, result.Lines.Sum(l => l.UnblendedCost), _server.Calls("GetCostAndUsage"), options.Counter.PaidUsd));
    }

    [Fact]
    public async Task CollectAsync_WithClosedDays_NeverAsksForThemAgain()
    {
        _ce.Rows.Add(new FakeCostRow(Day1.AddDays(5), Account, "AWS Lambda", "USE1-Request", 1m, 1m, 1m));

        await CollectAsync(Window(7), closedThrough: Day1.AddDays(4));

        Assert.Equal("2026-11-06/2026-11-08", Assert.Single(_ce.Requested));
    }

    [Fact]
    public async Task CollectAsync_WhenEveryDayIsClosed_MakesNoPaidRequest()
    {
        var result = await CollectAsync(Window(7), closedThrough: Day1.AddDays(6));

        Assert.Equal((0, 0), (result.Lines.Count, _server.Calls("GetCostAndUsage")));
    }

    [Fact]
    public async Task CollectAsync_WithEstimatedDays_ClosesThroughTheLastFinalDay()
    {
        for (var d = 0; d < 5; d++)
        {
            _ce.Rows.Add(new FakeCostRow(Day1.AddDays(d), Account, "AWS Lambda", "USE1-Request", 1m, 1m, 1m));
        }

        _ce.EstimatedFrom = Day1.AddDays(3);

        var result = await CollectAsync(Window(5), closedThrough: null);

        Assert.Equal(Day1.AddDays(2), result.ClosedThrough);
    }

    [Fact]
    public async Task CollectAsync_WhenThrottledOnce_RetriesAndCountsBothPaidRequests()
    {
        _ce.Rows.Add(new FakeCostRow(Day1, Account, "AWS Lambda", "USE1-Request", 1m, 1m, 1m));
        _server.Fail("GetCostAndUsage", FakeFault.Throttle);
        var options = FakeAwsClient.Options(_server);

        var result = await new CostExplorerCostCollector(options).CollectAsync(Account, Window(1), null, CancellationToken.None);

        Assert.Equal((1, 2L), (result.Lines.Count, options.Counter[AwsOperations.GetCostAndUsage]));
    }

    [Fact]
    public async Task CollectAsync_WhenAccessDenied_NamesCeGetCostAndUsage()
    {
        _server.Fail("GetCostAndUsage", FakeFault.AccessDenied, times: 10);

        var error = await Assert.ThrowsAsync<CollectorException>(() => CollectAsync(Window(1), null));

        Assert.Equal(("AccessDeniedException", "ce:GetCostAndUsage", false), (error.ErrorCode, error.MissingIamAction, error.IsTransient));
    }

    [Fact]
    public async Task CollectAsync_WithWrongSecret_IsRejectedByTheSignatureCheck()
    {
        var wrong = FakeAwsCredential.Default with { SecretAccessKey = "wrong" };

        var error = await Assert.ThrowsAsync<CollectorException>(
            () => new CostExplorerCostCollector(FakeAwsClient.Options(_server, wrong)).CollectAsync(Account, Window(1), null, CancellationToken.None));

        Assert.Equal(("InvalidSignatureException", 0), (error.ErrorCode, _server.Calls("GetCostAndUsage")));
    }

    [Fact]
    public async Task CollectAsync_WithMalformedBody_ThrowsClearError()
    {
        _ce.Rows.Add(new FakeCostRow(Day1, Account, "AWS Lambda", "USE1-Request", 1m, 1m, 1m));
        _server.Fail("GetCostAndUsage", FakeFault.Malformed);

        var error = await Assert.ThrowsAsync<CollectorException>(() => CollectAsync(Window(1), null));

        Assert.Contains("malformed response body", error.Message, StringComparison.Ordinal);
    }

    private Task<CostExplorerResult> CollectAsync(Period window, DateOnly? closedThrough) =>
        new CostExplorerCostCollector(FakeAwsClient.Options(_server)).CollectAsync(Account, window, closedThrough, CancellationToken.None);

    private static Period Window(int days)
    {
        var start = Day1.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return new Period(start, start.AddDays(days));
    }
}
