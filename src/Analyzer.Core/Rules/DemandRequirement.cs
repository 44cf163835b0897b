using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Rules;

/// <summary>
/// The capacity one unit must offer: CPU at the configured percentile plus headroom, memory at its maximum
/// plus headroom. Without a measured metric the current size is the floor, never something smaller.
/// </summary>
public sealed record DemandRequirement(double Vcpu, double MemoryGib, bool CpuMeasured, bool MemoryMeasured, double? MeanVcpu)
{
    public static DemandRequirement From(DemandProfile profile, AnalysisSettings settings, double currentVcpu, double currentMemoryGib)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(settings);
        var cpu = profile.CpuAt(settings.CpuPercentile);
        var vcpu = cpu is { } c ? c * settings.CpuHeadroomFactor : currentVcpu;
        var memory = profile.MemoryMaxGib is { } m ? m * settings.MemoryHeadroomFactor : currentMemoryGib;
        return new DemandRequirement(vcpu, memory, cpu is not null, profile.MemoryMaxGib is not null, profile.CpuMeanVcpu);
    }

    /// <summary>Whether a unit of this size covers the requirement (a smaller one is under-provisioned).</summary>
    public bool IsCoveredBy(double vcpu, double memoryGib) => vcpu >= Vcpu && memoryGib >= MemoryGib;

    /// <summary>The caveat to show when memory could not be measured.</summary>
    public string? MemoryNote => MemoryMeasured
        ? null
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"no memory metric: memory kept at the current {MemoryGib:0.##} GiB or more");
}
