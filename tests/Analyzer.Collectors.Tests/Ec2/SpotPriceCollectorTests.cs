using Analyzer.Collectors.Ec2;
using Analyzer.Core.Collection;
using Analyzer.Core.Time;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Ec2;

public sealed class SpotPriceCollectorTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly FakeAwsServer _server = new();
    private readonly FakeEc2 _ec2;

    public SpotPriceCollectorTests() => _ec2 = FakeEc2.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_WithAPriceChangeMidWindow_WeightsEachPriceByItsDuration()
    {
        // 0.03 in effect from before the window until hour 18, then 0.05 for the last 6 hours: (18 x 0.03 + 6 x 0.05) / 24.
        _ec2.SpotPrices.Add(("us-east-1a", "m5.large", Start.AddDays(-3), 0.03m));
        _ec2.SpotPrices.Add(("us-east-1a", "m5.large", Start.AddHours(18), 0.05m));

        var average = Assert.Single(await CollectAsync(["m5.large"], hours: 24));

        Assert.Equal((0.035m, 0.03m, 0.05m, 2), (average.AveragePriceUsd, average.MinimumPriceUsd, average.MaximumPriceUsd, average.PriceChanges));
    }

    [Fact]
    public async Task CollectAsync_ForTwoZones_AveragesEachZoneApart()
    {
        _ec2.SpotPrices.Add(("us-east-1a", "c5.large", Start.AddHours(-1), 0.02m));
        _ec2.SpotPrices.Add(("us-east-1b", "c5.large", Start.AddHours(-1), 0.04m));

        var averages = await CollectAsync(["c5.large"], hours: 24);

        Assert.Equal(["us-east-1a=0.02", "us-east-1b=0.04"], averages.Select(a => $"{a.AvailabilityZone}={a.AveragePriceUsd:0.00}"));
    }

    [Fact]
    public async Task CollectAsync_WhenHistorySpansPages_FollowsNextToken()
    {
        _ec2.SpotPageLimit = 10;
        for (var h = 0; h < 24; h++)
        {
            _ec2.SpotPrices.Add(("us-east-1a", "m5.large", Start.AddHours(h), 0.01m * (h % 2 == 0 ? 3 : 5)));
        }

        var average = Assert.Single(await CollectAsync(["m5.large"], hours: 24));

        Assert.Equal((0.04m, 3), (average.AveragePriceUsd, _server.Calls("DescribeSpotPriceHistory")));
    }

    [Fact]
    public async Task CollectAsync_WithNoTypes_MakesNoCall()
    {
        await CollectAsync([], hours: 24);

        Assert.Equal(0, _server.Calls("DescribeSpotPriceHistory"));
    }

    private Task<IReadOnlyList<SpotPriceAverage>> CollectAsync(IReadOnlyList<string> types, int hours) =>
        new SpotPriceCollector(FakeAwsClient.Options(_server)).CollectAsync("us-east-1", types, new Period(Start, Start.AddHours(hours)), CancellationToken.None);
}
