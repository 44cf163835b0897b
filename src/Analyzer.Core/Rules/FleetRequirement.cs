using System.Globalization;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// What a pooled workload (Auto Scaling group, ECS service) must offer in total. Its demand is the fleet's: each
/// hour's per-unit demand times the units running that hour, at the configured percentile plus headroom, so the
/// answer may be more or fewer units as well as a different unit size. A load balancer spreads the load, so any
/// unit size whose count covers the total serves it.
/// </summary>
/// <param name="TotalVcpu">Fleet CPU at the percentile, with headroom.</param>
/// <param name="TotalMemoryGib">Fleet memory maximum with headroom; 0 when memory was not measured.</param>
/// <param name="MeanTotalVcpu">Mean fleet CPU, for burstable baselines; null without CPU data.</param>
/// <param name="UnitMemoryFloorGib">
/// Memory every unit must have whatever the count: a process keeps its memory when its share of the load shrinks, so
/// this is one unit's measured maximum with headroom, or without a memory metric the unit's current memory.
/// </param>
/// <param name="MinimumUnits">Fewest units at peak: the availability minimum when the fleet ran 2 or more, else 1.</param>
/// <param name="CurrentUnits">Units running today on average.</param>
/// <param name="CurrentPeakUnits">Most units running in one hour today.</param>
/// <param name="CurrentMinUnits">Fewest units running in one hour today.</param>
public sealed record FleetRequirement(
    double TotalVcpu,
    double TotalMemoryGib,
    double? MeanTotalVcpu,
    double UnitMemoryFloorGib,
    int MinimumUnits,
    double CurrentUnits,
    double CurrentPeakUnits,
    double CurrentMinUnits,
    bool CpuMeasured,
    bool MemoryMeasured)
{
    /// <summary>Auto Scaling groups and ECS services are sized as fleets; instances and functions one unit at a time.</summary>
    public static bool IsPooled(WorkloadKind kind) => kind is WorkloadKind.AutoScalingGroup or WorkloadKind.EcsService;

    /// <param name="unitVcpu">vCPUs of one unit today.</param>
    /// <param name="unitMemoryGib">Memory of one unit today.</param>
    public static FleetRequirement From(WorkloadContext context, AnalysisSettings settings, double unitVcpu, double unitMemoryGib)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var profile = context.Profile;
        var mean = context.Units;
        var peak = Math.Max(profile.RunningCountMax, mean);
        var min = Math.Min(profile.RunningCountMin, mean);

        // Without an hourly fleet total, assume the unit's peak fell in the busiest hour: never an under-estimate.
        var cpu = profile.FleetCpuAt(settings.CpuPercentile) ?? profile.CpuAt(settings.CpuPercentile) * peak;
        var memory = profile.FleetMemoryMaxGib ?? profile.MemoryMaxGib * peak;
        return new FleetRequirement(
            cpu is { } c ? c * settings.CpuHeadroomFactor : unitVcpu * peak,
            memory is { } m ? m * settings.MemoryHeadroomFactor : 0,
            profile.FleetCpuMeanVcpu ?? profile.CpuMeanVcpu * mean,
            profile.MemoryMaxGib is { } unitMemory ? unitMemory * settings.MemoryHeadroomFactor : unitMemoryGib,
            peak >= 2 - 1e-9 ? settings.MinimumPooledUnits : 1,
            mean,
            peak,
            min,
            cpu is not null,
            profile.MemoryMaxGib is not null);
    }

    /// <summary>The units of a given size the fleet needs; null when the size is under the unit memory floor.</summary>
    public FleetSize? SizeFor(double unitVcpu, double unitMemoryGib)
    {
        if (unitVcpu <= 0 || unitMemoryGib <= 0 || unitMemoryGib < UnitMemoryFloorGib - 1e-9)
        {
            return null;
        }

        var peak = Math.Max(MinimumUnits, Math.Max(UnitsFor(TotalVcpu, unitVcpu), UnitsFor(TotalMemoryGib, unitMemoryGib)));

        // The fleet keeps scaling as it does today: units in proportion to today's mean over peak, and never under
        // the availability minimum in quiet hours when it always ran at least 2.
        var quietFloor = CurrentMinUnits >= 2 - 1e-9 ? Math.Min(MinimumUnits, peak) : 1;
        var mean = Math.Clamp(peak * CurrentUnits / CurrentPeakUnits, quietFloor, peak);
        return new FleetSize(peak, mean);
    }

    /// <summary>Whether <paramref name="units"/> units of a size cover the fleet's CPU and memory and the minimum.</summary>
    public bool IsCoveredBy(double unitVcpu, double unitMemoryGib, double units) =>
        units >= MinimumUnits && unitVcpu * units >= TotalVcpu - 1e-9 && unitMemoryGib * units >= TotalMemoryGib - 1e-9
        && unitMemoryGib >= UnitMemoryFloorGib - 1e-9;

    /// <summary>What changes, e.g. "10 × m5.xlarge → 6 × m5.large" or "6 → 9 tasks of 1 vCPU/2 GB".</summary>
    public string Change(string unitName, string currentSize, string newSize, FleetSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        var inv = CultureInfo.InvariantCulture;
        var from = Count(CurrentPeakUnits);
        var to = size.PeakUnits.ToString(inv);
        var scaling = CurrentPeakUnits > CurrentUnits + 1e-9
            ? string.Create(inv, $" at peak ({CurrentUnits:0.#} → {size.MeanUnits:0.#} on average)")
            : string.Empty;
        return currentSize == newSize
            ? $"{from} → {to} {unitName} of {newSize}{scaling}"
            : $"{from} × {currentSize} → {to} × {newSize}{scaling}";
    }

    private static string Count(double units) => units.ToString("0.#", CultureInfo.InvariantCulture);

    private static int UnitsFor(double need, double unit) => need <= 0 ? 0 : (int)Math.Ceiling((need / unit) - 1e-9);
}
