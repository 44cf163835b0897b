using Analyzer.Collectors.Ec2;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Ec2;

public sealed class CapacityReservationCollectorTests : IDisposable
{
    private const string Account = "111111111111";
    private readonly FakeAwsServer _server = new();
    private readonly FakeEc2 _ec2;

    public CapacityReservationCollectorTests() => _ec2 = FakeEc2.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_TwoPages_ReadsEveryReservationWithItsFields()
    {
        _ec2.CapacityReservations.Add(new FakeCapacityReservation("cr-0aaa", "m5.large", 4, 3) { EndDate = new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc) });
        _ec2.CapacityReservations.Add(new FakeCapacityReservation("cr-0bbb", "m5.xlarge", 2, 2, AvailabilityZone: "us-east-1b", InstancePlatform: "Windows", Tenancy: "dedicated", InstanceMatchCriteria: "targeted"));
        _ec2.CapacityReservationsPageLimit = 1;

        var reservations = await new CapacityReservationCollector(FakeAwsClient.Options(_server)).CollectAsync(Account, "us-east-1", CancellationToken.None);

        Assert.Equal(2, _server.Calls("DescribeCapacityReservations"));
        var first = reservations[0];
        Assert.Equal(("cr-0aaa", "m5.large", "Linux/UNIX", "default", 4, 3, "open"), (first.CapacityReservationId, first.InstanceType, first.Platform, first.Tenancy, first.TotalInstanceCount, first.AvailableInstanceCount, first.InstanceMatchCriteria));
        Assert.Equal((new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc)), (first.StartDate, first.EndDate));
        var second = reservations[1];
        Assert.Equal(("Windows", "dedicated", "targeted", "us-east-1b", (DateTime?)null), (second.Platform, second.Tenancy, second.InstanceMatchCriteria, second.AvailabilityZone, second.EndDate));
    }
}
