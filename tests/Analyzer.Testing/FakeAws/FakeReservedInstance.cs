namespace Analyzer.Testing.FakeAws;

/// <summary>One Reserved Instances purchase DescribeReservedInstances returns.</summary>
/// <param name="Scope">"Region" or "Availability Zone".</param>
/// <param name="State">"active", "payment-pending", "retired", "queued", ...: the fake honours a state filter.</param>
public sealed record FakeReservedInstance(
    string ReservedInstancesId,
    string InstanceType,
    int InstanceCount,
    DateTime Start,
    DateTime End,
    string Scope = "Region",
    string? AvailabilityZone = null,
    string OfferingClass = "standard",
    string OfferingType = "No Upfront",
    string ProductDescription = "Linux/UNIX",
    string InstanceTenancy = "default",
    string State = "active",
    double FixedPrice = 0,
    double UsagePrice = 0,
    double RecurringHourly = 0,
    string OwnerId = "111111111111");
