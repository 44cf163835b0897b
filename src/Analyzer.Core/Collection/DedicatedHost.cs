namespace Analyzer.Core.Collection;

/// <summary>
/// One EC2 Dedicated Host (DescribeHosts): a physical server billed per host-hour whatever runs on it. Capacity is
/// counted in instance slots of <see cref="InstanceType"/> when the host supports one type, else in vCPUs. Every
/// string came from AWS and is untrusted.
/// </summary>
/// <param name="InstanceFamily">The family the host supports ("m5"); from the instance type when only that is given.</param>
/// <param name="InstanceType">The one instance type the host supports; null for a host that supports several sizes of its family.</param>
/// <param name="State">"available", "under-assessment", "permanent-failure", "released", "released-permanent-failure", "pending".</param>
/// <param name="InstancesPlaced">Instances running on the host when it was read.</param>
/// <param name="TotalCapacity">Instances of <see cref="InstanceType"/> the host holds; null when it supports several types.</param>
/// <param name="AvailableCapacity">Slots of <see cref="InstanceType"/> still free; null when unknown.</param>
/// <param name="AutoPlacement">"on" (untargeted launches may land on it) or "off".</param>
public sealed record DedicatedHost(
    string HostId,
    string AccountId,
    string Region,
    string AvailabilityZone,
    string InstanceFamily,
    string? InstanceType,
    string State,
    int? TotalVcpus,
    int? AvailableVcpus,
    int InstancesPlaced,
    int? TotalCapacity,
    int? AvailableCapacity,
    string AutoPlacement,
    DateTime? AllocationTime);
