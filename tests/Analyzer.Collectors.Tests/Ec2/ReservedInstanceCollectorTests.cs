using Analyzer.Collectors.Ec2;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.Ec2;

// moto 5.2.1 does not implement describe_reserved_instances (its ReservedInstances.describe_reserved_instances raises
// NotImplementedError), so this operation has no moto cross-check: the fake speaks the 2016-11-15 model's XML.
public sealed class ReservedInstanceCollectorTests : IDisposable
{
    private const string Account = "111111111111";
    private static readonly DateTime Start = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly FakeAwsServer _server = new();
    private readonly FakeEc2 _ec2;

    public ReservedInstanceCollectorTests() => _ec2 = FakeEc2.Serve(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task CollectAsync_RegionalAndZonal_ReadsEveryFieldOfTheActiveOnes()
    {
        _ec2.ReservedInstances.Add(new FakeReservedInstance("ri-regional", "m5.xlarge", 3, Start, Start.AddYears(1),
            OfferingType: "Partial Upfront", FixedPrice: 1234.56, RecurringHourly: 0.052, ProductDescription: "Linux/UNIX (Amazon VPC)"));
        _ec2.ReservedInstances.Add(new FakeReservedInstance("ri-zonal", "c5.large", 2, Start, Start.AddYears(3),
            Scope: "Availability Zone", AvailabilityZone: "us-east-1b", OfferingClass: "convertible", OfferingType: "All Upfront",
            ProductDescription: "Windows", InstanceTenancy: "dedicated", FixedPrice: 2000));
        _ec2.ReservedInstances.Add(new FakeReservedInstance("ri-retired", "m5.large", 1, Start.AddYears(-3), Start, State: "retired"));

        var held = await new ReservedInstanceCollector(FakeAwsClient.Options(_server)).CollectAsync(Account, "us-east-1", CancellationToken.None);

        Assert.Equal(1, _server.Calls("DescribeReservedInstances"));
        Assert.Equal(["ri-regional", "ri-zonal"], held.Select(r => r.ReservedInstancesId));
        var regional = held[0];
        Assert.Equal((Account, "us-east-1", "m5.xlarge", 3, "Region", "", "standard", "Partial Upfront", "Linux/UNIX", "default"),
            (regional.AccountId, regional.Region, regional.InstanceType, regional.InstanceCount, regional.Scope, regional.AvailabilityZone,
             regional.OfferingClass, regional.OfferingType, regional.ProductDescription, regional.InstanceTenancy));
        Assert.Equal((Start, Start.AddYears(1), 1234.56m, 0m, 0.052m), (regional.Start, regional.End, regional.FixedPriceUsd, regional.UsagePriceUsd, regional.RecurringHourlyUsd));
        Assert.True(regional.IsRegional);
        var zonal = held[1];
        Assert.Equal(("Availability Zone", "us-east-1b", "convertible", "All Upfront", "Windows", "dedicated", 2000m, 0m),
            (zonal.Scope, zonal.AvailabilityZone, zonal.OfferingClass, zonal.OfferingType, zonal.ProductDescription, zonal.InstanceTenancy, zonal.FixedPriceUsd, zonal.RecurringHourlyUsd));
        Assert.False(zonal.IsRegional);
    }

    [Fact]
    public async Task CollectAsync_QueuedPurchase_IsReadWithItsStateAndFutureStart()
    {
        // A renewal queued to start when the active one ends: both are read (the request filters state to active and
        // queued), the queued one with its state and start; the payment-pending and queued-deleted ones are not.
        var renewal = Start.AddYears(1);
        _ec2.ReservedInstances.Add(new FakeReservedInstance("ri-active", "m5.xlarge", 8, Start, renewal, RecurringHourly: 0.121));
        _ec2.ReservedInstances.Add(new FakeReservedInstance("ri-queued", "m7g.xlarge", 8, renewal, renewal.AddYears(3), State: "queued", RecurringHourly: 0.0712));
        _ec2.ReservedInstances.Add(new FakeReservedInstance("ri-pending", "m5.large", 1, Start, renewal, State: "payment-pending"));
        _ec2.ReservedInstances.Add(new FakeReservedInstance("ri-unqueued", "m5.large", 1, renewal, renewal.AddYears(1), State: "queued-deleted"));

        var held = await new ReservedInstanceCollector(FakeAwsClient.Options(_server)).CollectAsync(Account, "us-east-1", CancellationToken.None);

        Assert.Equal(
            [("ri-active", "active", (DateTime?)Start, 0.121m), ("ri-queued", "queued", (DateTime?)renewal, 0.0712m)],
            held.Select(r => (r.ReservedInstancesId, r.State, r.Start, r.RecurringHourlyUsd)));
    }

    [Fact]
    public async Task CollectAsync_WhenDenied_NamesTheIamAction()
    {
        _server.Fail("DescribeReservedInstances", FakeFault.AccessDenied);

        var error = await Assert.ThrowsAsync<CollectorException>(() => new ReservedInstanceCollector(FakeAwsClient.Options(_server)).CollectAsync(Account, "us-east-1", CancellationToken.None));

        Assert.Equal("ec2:DescribeReservedInstances", error.MissingIamAction);
    }
}
