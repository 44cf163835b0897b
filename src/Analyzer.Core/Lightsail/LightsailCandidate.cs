namespace Analyzer.Core.Lightsail;

/// <summary>
/// A standalone Linux instance on shared tenancy, with what its profile says it needs. Name and tags are from AWS.
/// </summary>
/// <param name="Shape">The demand shape's name ("flat" is steady).</param>
/// <param name="CoveragePercent">Share of the window's hours observed running.</param>
/// <param name="MemoryMaxGib">Memory peak; null without a memory metric (memory is then never reduced).</param>
public sealed record LightsailCandidate(
    string WorkloadId,
    string Name,
    string AccountId,
    string Region,
    string InstanceType,
    double Vcpu,
    double MemoryGib,
    string Shape,
    double CoveragePercent,
    double CpuMeanVcpu,
    double CpuP99Vcpu,
    double? MemoryMaxGib,
    decimal CurrentMonthlyCost,
    IReadOnlyDictionary<string, string> Tags);
