namespace Analyzer.Core.Collection;

/// <summary>
/// One EC2 On-Demand Capacity Reservation (DescribeCapacityReservations): capacity paid for at the on-demand rate
/// whether or not instances use it. Every string came from AWS and is untrusted.
/// </summary>
/// <param name="Platform">The reservation's InstancePlatform, e.g. "Linux/UNIX" or "Windows" (EC2's platform names).</param>
/// <param name="Tenancy">"default" or "dedicated".</param>
/// <param name="AvailableInstanceCount">AWS's count of unused slots when it was read.</param>
/// <param name="State">"active", "expired", "cancelled", "pending", "failed", "scheduled", ...</param>
/// <param name="InstanceMatchCriteria">"open" (any matching instance uses it) or "targeted" (only instances launched into it).</param>
/// <param name="EndDate">Null for a reservation without an end date.</param>
public sealed record CapacityReservation(
    string CapacityReservationId,
    string AccountId,
    string Region,
    string AvailabilityZone,
    string InstanceType,
    string Platform,
    string Tenancy,
    int TotalInstanceCount,
    int AvailableInstanceCount,
    string State,
    string InstanceMatchCriteria,
    DateTime? StartDate,
    DateTime? EndDate);
