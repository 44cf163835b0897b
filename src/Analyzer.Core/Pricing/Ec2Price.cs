using Analyzer.Core.Workloads;

namespace Analyzer.Core.Pricing;

/// <summary>Hourly price of one instance type in one region, for one platform and tenancy (Linux, shared by default).</summary>
/// <param name="Capacity">"on-demand" or "spot".</param>
public sealed record Ec2Price(string Region, string InstanceType, string Capacity, decimal UsdPerHour, PriceSource Source)
{
    /// <summary>The platform the price is for, in EC2's words (<see cref="Ec2Platforms"/>).</summary>
    public string Platform { get; init; } = Ec2Platforms.Linux;

    /// <summary>"default" (shared) or "dedicated".</summary>
    public string Tenancy { get; init; } = Ec2Platforms.SharedTenancy;

    public bool IsLinuxShared => Platform == Ec2Platforms.Linux && Tenancy == Ec2Platforms.SharedTenancy;
}
