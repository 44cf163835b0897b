namespace Analyzer.Core.Lightsail;

/// <summary>
/// A standalone Linux instance on shared tenancy moved to a Lightsail bundle, with what its profile says it needs. Name and tags are from AWS.
/// </summary>
/// <param name="Shape">The demand shape's name ("flat", "spiky", "variable", "idle", "business-hours", ...).</param>
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
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>The monthly cost of the cheapest option that stays off Lightsail and fits the appetite (today's when there is none): what the bundle was weighed against.</summary>
    public decimal RecommendedMonthlyCost { get; init; } = CurrentMonthlyCost;
}
