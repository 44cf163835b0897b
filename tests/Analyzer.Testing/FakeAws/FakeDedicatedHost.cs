namespace Analyzer.Testing.FakeAws;

/// <summary>One Dedicated Host DescribeHosts returns: a host of one instance type (slots) or of a family (vCPUs).</summary>
/// <param name="InstanceType">Null for a host of several sizes of <paramref name="InstanceFamily"/>.</param>
/// <param name="InstanceIds">The instances placed on it.</param>
public sealed record FakeDedicatedHost(
    string HostId,
    string InstanceFamily,
    string? InstanceType,
    int TotalVcpus,
    int AvailableVcpus,
    IReadOnlyList<string> InstanceIds,
    int? TotalCapacity = null,
    int? AvailableCapacity = null,
    string OwnerId = "111111111111",
    string AvailabilityZone = "us-east-1a",
    string State = "available",
    string AutoPlacement = "on")
{
    public DateTime AllocationTime { get; init; } = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
}
