namespace Analyzer.Testing.FakeAws;

/// <summary>One On-Demand Capacity Reservation DescribeCapacityReservations returns.</summary>
public sealed record FakeCapacityReservation(
    string CapacityReservationId,
    string InstanceType,
    int TotalInstanceCount,
    int AvailableInstanceCount,
    string OwnerId = "111111111111",
    string AvailabilityZone = "us-east-1a",
    string InstancePlatform = "Linux/UNIX",
    string Tenancy = "default",
    string State = "active",
    string InstanceMatchCriteria = "open")
{
    public DateTime StartDate { get; init; } = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Null: endDateType unlimited.</summary>
    public DateTime? EndDate { get; init; }
}
