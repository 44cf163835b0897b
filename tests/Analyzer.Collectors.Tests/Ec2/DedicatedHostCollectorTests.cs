using Analyzer.Collectors.Ec2;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Ec2;

public sealed class DedicatedHostCollectorTests : IDisposable
{
    private const string Account = "111111111111";
    private readonly FakeAwsServer _server = new();
    private readonly FakeEc2 _ec2;

    public DedicatedHostCollectorTests() => _ec2 = FakeEc2.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_TwoPages_ReadsEveryHostWithItsCapacity()
    {
        _ec2.Hosts.Add(new FakeDedicatedHost("h-0aaa", "m5", "m5.large", 96, 72, ["i-1", "i-2", "i-3"], TotalCapacity: 48, AvailableCapacity: 36));
        _ec2.Hosts.Add(new FakeDedicatedHost("h-0bbb", "r5", null, 96, 96, [], AvailabilityZone: "us-east-1b", AutoPlacement: "off"));
        _ec2.HostsPageLimit = 1;

        var hosts = await new DedicatedHostCollector(FakeAwsClient.Options(_server)).CollectAsync(Account, "us-east-1", CancellationToken.None);

        Assert.Equal(2, _server.Calls("DescribeHosts"));
        var slots = hosts[0];
        Assert.Equal(("h-0aaa", "m5", "m5.large", "available", 3, 48, 36, 96, 72), (slots.HostId, slots.InstanceFamily, slots.InstanceType, slots.State, slots.InstancesPlaced, slots.TotalCapacity, slots.AvailableCapacity, slots.TotalVcpus, slots.AvailableVcpus));
        Assert.Equal(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), slots.AllocationTime);
        var family = hosts[1];
        Assert.Equal(("r5", null, 0, null, "off", "us-east-1b"), (family.InstanceFamily, family.InstanceType, family.InstancesPlaced, family.TotalCapacity, family.AutoPlacement, family.AvailabilityZone));
    }

    [Fact]
    public async Task CollectAsync_WhenDenied_NamesTheIamAction()
    {
        _server.Fail("DescribeHosts", FakeFault.AccessDenied);

        var error = await Assert.ThrowsAsync<CollectorException>(() => new DedicatedHostCollector(FakeAwsClient.Options(_server)).CollectAsync(Account, "us-east-1", CancellationToken.None));

        Assert.Equal("ec2:DescribeHosts", error.MissingIamAction);
    }
}
