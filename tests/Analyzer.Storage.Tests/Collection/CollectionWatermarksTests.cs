using Analyzer.Core.Collection;
using Analyzer.Core.Time;
using Analyzer.Storage.Collection;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests.Collection;

public sealed class CollectionWatermarksTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 6, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDuckDbFile file = new();
    private readonly AnalyzerStore store;
    private readonly CollectionWatermarks marks;

    public CollectionWatermarksTests()
    {
        store = AnalyzerStore.Open(file.Path, new FixedTimeProvider(Now));
        marks = new CollectionWatermarks(store, new FixedTimeProvider(Now));
    }

    public void Dispose()
    {
        store.Dispose();
        file.Dispose();
    }

    [Fact]
    public void ReadAll_OnNewStore_IsEmpty()
    {
        Assert.Empty(marks.ReadAll());
    }

    [Fact]
    public void Advance_NewWatermark_IsReadBack()
    {
        marks.Advance([new CollectionWatermark("cloudwatch", "111111111111", "eu-west-1", new DateOnly(2024, 6, 9))]);

        var mark = Assert.Single(marks.ReadAll());
        Assert.Equal(("cloudwatch", "111111111111", "eu-west-1", new DateOnly(2024, 6, 9)), (mark.Source, mark.AccountId, mark.Region, mark.ClosedThrough));
    }

    [Fact]
    public void Advance_LaterDay_MovesTheWatermarkForward()
    {
        marks.Advance([Mark(new DateOnly(2024, 6, 1))]);

        marks.Advance([Mark(new DateOnly(2024, 6, 5))]);

        Assert.Equal(new DateOnly(2024, 6, 5), Assert.Single(marks.ReadAll()).ClosedThrough);
    }

    [Fact]
    public void Advance_EarlierDay_KeepsTheLaterWatermark()
    {
        marks.Advance([Mark(new DateOnly(2024, 6, 5))]);

        marks.Advance([Mark(new DateOnly(2024, 6, 1))]);

        Assert.Equal(new DateOnly(2024, 6, 5), Assert.Single(marks.ReadAll()).ClosedThrough);
    }

    [Fact]
    public void Advance_SameAccountOtherRegionAndSource_KeepsThemApart()
    {
        marks.Advance([Mark(new DateOnly(2024, 6, 5)), Mark(new DateOnly(2024, 6, 3)) with { Region = "us-east-1" }, Mark(new DateOnly(2024, 6, 2)) with { Source = "cost-explorer", Region = "global" }]);

        Assert.Equal(
            ["cloudwatch/eu-west-1/2024-06-05", "cloudwatch/us-east-1/2024-06-03", "cost-explorer/global/2024-06-02"],
            marks.ReadAll().Select(m => $"{m.Source}/{m.Region}/{m.ClosedThrough:yyyy-MM-dd}"));
    }

    [Theory]
    [InlineData(null, "2024-06-01T00:00:00Z")]
    [InlineData("2024-05-20", "2024-06-01T00:00:00Z")]
    [InlineData("2024-06-02", "2024-06-03T00:00:00Z")]
    [InlineData("2024-06-07", "2024-06-08T00:00:00Z")]
    public void Remaining_AfterWatermark_StartsTheDayAfterIt(string? closed, string expectedStart)
    {
        var window = new Period(new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 6, 8, 0, 0, 0, DateTimeKind.Utc));

        var remaining = CollectionWatermark.Remaining(window, closed is null ? null : DateOnly.Parse(closed, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expectedStart, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, remaining.Start);
    }

    [Fact]
    public void RecordSession_WithCalls_StoresOneRowPerAction()
    {
        var log = new CollectionLog(store, new FixedTimeProvider(Now));
        var window = new Period(new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 6, 8, 0, 0, 0, DateTimeKind.Utc));

        log.RecordSession(new CollectionSession("s1", window.End, window.End, window, "partial", 2, 3, 1,
            new Dictionary<string, long> { ["ce:GetCostAndUsage"] = 4, ["cloudwatch:GetMetricData"] = 9 }, 4, 2500, 0.065m));

        using var connection = store.Connect();
        Assert.Equal(13L, connection.ExecuteScalar<long>("SELECT sum(calls) FROM collection_api_calls WHERE session_id = 's1'"));
        Assert.Equal(0.065m, connection.ExecuteScalar<decimal>("SELECT estimated_cost_usd FROM collection_sessions"));
    }

    [Fact]
    public void RecordFailure_WithMissingAction_StoresAFailedRunNamingIt()
    {
        var log = new CollectionLog(store, new FixedTimeProvider(Now));
        var window = new Period(new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 6, 8, 0, 0, 0, DateTimeKind.Utc));

        log.RecordFailure("ec2", "222222222222", "eu-west-1", window, "denied", "UnauthorizedOperation", "ec2:DescribeInstances");

        using var connection = store.Connect();
        Assert.Equal("ec2:DescribeInstances", connection.ExecuteScalar<string>("SELECT missing_iam_action FROM collection_runs WHERE status = 'failed' AND account_id = '222222222222'"));
    }

    private static CollectionWatermark Mark(DateOnly day) => new("cloudwatch", "111111111111", "eu-west-1", day);
}
