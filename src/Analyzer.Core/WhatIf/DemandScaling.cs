using Analyzer.Core.Profiles;

namespace Analyzer.Core.WhatIf;

/// <summary>
/// "Traffic x2": scales the CPU work a workload must serve (every CPU percentile, its hours, the fleet's pooled CPU) and
/// a function's invocations and concurrency. Memory per unit stays (a heap does not grow with traffic), and so does
/// today's setup and its cost (the units that ran): the options are sized to serve the scaled demand, so today's size
/// may become under-provisioned.
/// </summary>
public static class DemandScaling
{
    public static DemandProfile Scale(DemandProfile profile, double factor)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        if (factor == 1)
        {
            return profile;
        }

        double? S(double? value) => value * factor;
        return profile with
        {
            CpuMeanVcpu = S(profile.CpuMeanVcpu),
            CpuP50Vcpu = S(profile.CpuP50Vcpu),
            CpuP90Vcpu = S(profile.CpuP90Vcpu),
            CpuP95Vcpu = S(profile.CpuP95Vcpu),
            CpuP99Vcpu = S(profile.CpuP99Vcpu),
            CpuP995Vcpu = S(profile.CpuP995Vcpu),
            CpuMaxVcpu = S(profile.CpuMaxVcpu),
            CpuMaxPercent = profile.CpuMaxPercent is { } max ? Math.Min(100, max * factor) : null,
            FleetCpuMeanVcpu = S(profile.FleetCpuMeanVcpu),
            FleetCpuP90Vcpu = S(profile.FleetCpuP90Vcpu),
            FleetCpuP95Vcpu = S(profile.FleetCpuP95Vcpu),
            FleetCpuP99Vcpu = S(profile.FleetCpuP99Vcpu),
            FleetCpuP995Vcpu = S(profile.FleetCpuP995Vcpu),
            FleetCpuMaxVcpu = S(profile.FleetCpuMaxVcpu),
            MonthlyInvocations = S(profile.MonthlyInvocations),
            ConcurrencyMax = S(profile.ConcurrencyMax),
            Hours = profile.Hours is { } hours
                ? [.. hours.Select(h => h with { CpuPeakVcpu = h.CpuPeakVcpu * factor, CpuAverageVcpu = h.CpuAverageVcpu * factor })]
                : null,
        };
    }
}
