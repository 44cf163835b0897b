namespace Analyzer.Core.Lightsail;

/// <summary>One Lightsail Linux/Unix instance bundle (public IPv4) and its monthly price in one region.</summary>
/// <param name="BaselineCpuPercent">The burstable CPU baseline per vCPU: sustained use above it spends burst capacity.</param>
/// <param name="UsdPerMonth">The bundle's price, billed hourly up to this monthly cap.</param>
public sealed record LightsailBundle(
    string Region,
    string BundleName,
    int Vcpu,
    double MemoryGib,
    int StorageGb,
    int TransferTb,
    double BaselineCpuPercent,
    decimal UsdPerMonth);
