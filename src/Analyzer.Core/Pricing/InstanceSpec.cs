namespace Analyzer.Core.Pricing;

/// <summary>What one EC2 instance type offers, from the catalog's instance_types.csv or DescribeInstanceTypes.</summary>
/// <param name="Generation">Numeric hardware generation (7 for m7g), not a current/previous flag; null when unknown.</param>
/// <param name="Architecture">"x86_64" or "arm64"; null when the source lacks it.</param>
/// <param name="BaselineCpuPercent">Per-vCPU baseline of a burstable type, as AWS publishes it (t3.micro: 10).</param>
public sealed record InstanceSpec(
    string InstanceType,
    string Family,
    int? Generation,
    int Vcpu,
    decimal MemoryGib,
    string? Architecture,
    bool Burstable,
    decimal? BaselineCpuPercent,
    int Gpus);
