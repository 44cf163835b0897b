using Analyzer.Core.Options;
using Analyzer.Core.Profiles;

namespace Analyzer.Core.Rules;

/// <summary>
/// Sizes one <see cref="FleetRequirement"/> in units of any size, hour by hour (the rule is
/// <see cref="FleetRequirement.SizeFor"/>'s), and remembers each size. A workload's rightsized, Graviton, Fargate and
/// Fargate Spot options all size the same hourly demand, mostly at the same unit vCPUs (4 vCPU is an m6i.xlarge, an
/// m7g.xlarge and a 4 vCPU task), so each hourly series is worked out once per workload, not once per option.
/// Not thread-safe: one belongs to one workload's evaluation.
/// </summary>
internal sealed class FleetSizer
{
    private readonly HourNeed[]? hours;
    private readonly Dictionary<(double UnitVcpu, bool ActiveHoursOnly), FleetSize> sizes = [];
    private readonly Dictionary<int, double[]> perUnitCpu = [];

    public FleetSizer(FleetRequirement fleet)
    {
        Fleet = fleet;
        if (fleet.Hours is { } demand)
        {
            // Each hour read once into a flat array: the sizes below loop over it many times.
            hours = new HourNeed[demand.Count];
            for (var i = 0; i < hours.Length; i++)
            {
                var h = demand[i];
                hours[i] = new HourNeed(h.FleetCpuPeakVcpu is { } cpu ? cpu * fleet.CpuHeadroomFactor : 0, (h.CpuAverageVcpu ?? 0) * h.RunningUnits, h.FleetCpuPeakVcpu is not null, h.Active);
            }
        }
    }

    public FleetRequirement Fleet { get; }

    /// <summary>As <see cref="FleetRequirement.SizeFor"/>, each unit vCPU count sized once.</summary>
    public FleetSize? SizeFor(double unitVcpu, double unitMemoryGib, bool activeHoursOnly = false)
    {
        // A size depends only on its vCPUs once its memory clears the floor.
        if (!Admits(unitVcpu, unitMemoryGib))
        {
            return null;
        }

        if (!sizes.TryGetValue((unitVcpu, activeHoursOnly), out var size))
        {
            size = hours is null ? Fleet.SizeFor(unitVcpu, unitMemoryGib, activeHoursOnly)! : Hourly(unitVcpu, activeHoursOnly);
            sizes[(unitVcpu, activeHoursOnly)] = size;
        }

        return size;
    }

    /// <summary>Whether units of this size can serve the fleet at all (a size, and memory above the per-unit floor); only then is <see cref="SizeFor"/> not null.</summary>
    public bool Admits(double unitVcpu, double unitMemoryGib) =>
        !(unitVcpu <= 0 || unitMemoryGib <= 0 || unitMemoryGib < Fleet.UnitMemoryFloorGib - 1e-9);

    /// <summary>One unit's average CPU each hour when the fleet's load is spread over <paramref name="units"/> units; null without an hourly series.</summary>
    public IReadOnlyList<double>? PerUnitCpu(int units)
    {
        if (hours is null)
        {
            return null;
        }

        if (!perUnitCpu.TryGetValue(units, out var cpu))
        {
            cpu = new double[hours.Length];
            for (var i = 0; i < cpu.Length; i++)
            {
                cpu[i] = hours[i].FleetCpuAverage / units;
            }

            perUnitCpu[units] = cpu;
        }

        return cpu;
    }

    // FleetRequirement.SizeFor's hourly rule over the flat hours, without a delegate call per hour.
    private FleetSize Hourly(double unitVcpu, bool activeHoursOnly)
    {
        var peak = Math.Max(activeHoursOnly ? 1 : Fleet.MinimumUnits, UnitSeries.UnitsFor(Fleet.TotalVcpu, unitVcpu));
        var floor = activeHoursOnly ? 1 : Math.Min(Fleet.QuietFloorUnits, peak);
        var follows = activeHoursOnly || Fleet.Scales;
        var hourly = new int[hours!.Length];
        for (var i = 0; i < hourly.Length; i++)
        {
            var h = hours[i];
            hourly[i] = Math.Max(0, activeHoursOnly && !h.Active ? 0
                : !follows || !h.HasCpu ? peak
                : Math.Clamp(UnitSeries.UnitsFor(h.FleetCpuNeed, unitVcpu), floor, peak));
        }

        return new FleetSize(peak, UnitSeries.FromUnits(hourly));
    }

    /// <param name="FleetCpuNeed">The fleet's CPU at the hour's peak, with headroom (0 when <paramref name="HasCpu"/> is false).</param>
    /// <param name="FleetCpuAverage">The fleet's average CPU that hour: one unit's average (0 without one) times the units running.</param>
    private readonly record struct HourNeed(double FleetCpuNeed, double FleetCpuAverage, bool HasCpu, bool Active);
}
