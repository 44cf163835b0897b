using Analyzer.Collectors.Ec2;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Ec2;

public sealed class Ec2RegionCollectorTests : IDisposable
{
    private readonly FakeAwsServer _server = new();
    private readonly FakeEc2 _ec2;

    public Ec2RegionCollectorTests() => _ec2 = FakeEc2.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_WithOptedInAndDisabledRegions_ReturnsTheEnabledOnesInOrder()
    {
        _ec2.Regions.Clear();
        _ec2.Regions.AddRange([("us-east-1", "opt-in-not-required"), ("me-south-1", "not-opted-in"), ("af-south-1", "opted-in"), ("eu-west-1", "opt-in-not-required")]);

        var regions = await CollectAsync();

        Assert.Equal(["af-south-1", "eu-west-1", "us-east-1"], regions);
    }

    [Fact]
    public async Task CollectAsync_Always_MakesOneCall()
    {
        await CollectAsync();

        Assert.Equal(1, _server.Calls("DescribeRegions"));
    }

    [Fact]
    public async Task CollectAsync_WhenARegionNameIsNotARegionCode_ThrowsMalformed()
    {
        _ec2.Regions.Add(("../../etc", "opted-in"));

        var error = await Assert.ThrowsAsync<CollectorException>(CollectAsync);

        Assert.Contains("not a region code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectAsync_WhenDenied_ThrowsNamingTheAction()
    {
        _server.Fail("DescribeRegions", FakeFault.AccessDenied);

        var error = await Assert.ThrowsAsync<CollectorException>(CollectAsync);

        Assert.Equal("ec2:DescribeRegions", error.MissingIamAction);
    }

    private Task<IReadOnlyList<string>> CollectAsync() =>
        new Ec2RegionCollector(FakeAwsClient.Options(_server)).CollectAsync("us-east-1", CancellationToken.None);
}
