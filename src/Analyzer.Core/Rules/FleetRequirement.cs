using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// What a pooled workload (Auto Scaling group, ECS service) must offer. CPU is the fleet's: each hour's per-unit peak
/// times the units running that hour, so a load balancer may spread it over more or fewer units of another size.
/// Memory is never pooled: each unit holds its own working set (a JVM heap lives in one task), so every unit needs
/// one unit's measured maximum plus headroom whatever the count.
/// </summary>
/// <param name="TotalVcpu">Fleet CPU at the percentile, with headroom: what the busiest hour's units must cover.</param>
/// <param name="MeanTotalVcpu">Mean fleet CPU; null without CPU data.</param>
/// <param name="UnitMemoryFloorGib">Memory every unit must have: one unit's measured maximum with headroom, or its current memory without a metric.</param>
/// <param name="MinimumUnits">
/// Fewest units at the busiest hour: the availability minimum when the fleet ran 2 or more (or is production), else 1;
/// a production fleet also never drops to half its units or fewer in one step unless the appetite is aggressive.
/// </param>
/// <param name="QuietFloorUnits">Fewest units in a quiet hour of a fleet that scales (0 when it scales to zero today).</param>
/// <param name="CurrentUnits">Units running today on average.</param>
/// <param name="CurrentPeakUnits">Most units running in one hour today.</param>
/// <param name="CurrentMinUnits">Fewest units running in one hour today.</param>
/// <param name="Hours">The hourly series the fleet's units follow; null when the profile has none.</param>
/// <param name="CpuHeadroomFactor">Headroom on each hour's CPU.</param>
/// <param name="ActiveHoursFraction">Share of hours active, for pricing active hours without an hourly series.</param>
/// <param name="CpuPercentile">The percentile of the hourly fleet CPU <paramref name="TotalVcpu"/> covers.</param>
public sealed record FleetRequirement(
    double TotalVcpu,
    double? MeanTotalVcpu,
    double UnitMemoryFloorGib,
    int MinimumUnits,
    int QuietFloorUnits,
    double CurrentUnits,
    double CurrentPeakUnits,
    double CurrentMinUnits,
    bool CpuMeasured,
    bool MemoryMeasured,
    bool Production,
    IReadOnlyList<DemandHour>? Hours,
    double CpuHeadroomFactor,
    double ActiveHoursFraction,
    CpuPercentile CpuPercentile)
{
    /// <summary>Auto Scaling groups, ECS services and EKS Fargate pods are sized as fleets; instances and functions one unit at a time.</summary>
    public static bool IsPooled(WorkloadKind kind) => kind is WorkloadKind.AutoScalingGroup or WorkloadKind.EcsService or WorkloadKind.EksFargatePod;

    /// <summary>Whether the fleet's count changes over the day today (it scales out and in).</summary>
    public bool Scales => CurrentPeakUnits - CurrentMinUnits >= 1 - 1e-9;

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
        var production = settings.IsProduction(context.Workload);

        // Without an hourly fleet total, assume the unit's peak fell in the busiest hour: never an under-estimate.
        var cpu = profile.FleetCpuAt(settings.CpuPercentile) ?? profile.CpuAt(settings.CpuPercentile) * peak;
        var availability = peak >= 2 - 1e-9 || production ? settings.MinimumPooledUnits : 1;
        var minimum = availability;
        if (production && settings.RiskAppetite != RiskAppetite.Aggressive)
        {
            // Never halve in one step: more than half of today's busiest count stays.
            minimum = Math.Max(minimum, (int)Math.Floor(Math.Round(peak, 6) / 2) + 1);
        }

        var quiet = min < 0.5 ? 0 : (min >= 2 - 1e-9 || production ? availability : 1);
        return new FleetRequirement(
            cpu is { } c ? c * settings.CpuHeadroomFactor : unitVcpu * peak,
            profile.FleetCpuMeanVcpu ?? profile.CpuMeanVcpu * mean,
            profile.MemoryMaxGib is { } unitMemory ? unitMemory * settings.MemoryHeadroomFactor : unitMemoryGib,
            minimum,
            quiet,
            mean,
            peak,
            min,
            cpu is not null,
            profile.MemoryMaxGib is not null,
            production,
            profile.Hours is { Count: > 0 } hours ? hours : null,
            settings.CpuHeadroomFactor,
            profile.ActiveHoursFraction,
            settings.CpuPercentile);
    }

    /// <summary>
    /// What the size was chosen to cover, in a reader's words ("sized on 10.9 vCPU, the fleet's p99.5 hourly peak, +20%
    /// = 13.1 vCPU at its busiest, and 3.6 GiB per unit"): the units follow the hourly peaks, not the average CPU a
    /// report also shows, so a fleet at 7% average may rightly keep many vCPUs.
    /// </summary>
    public string Basis()
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var memory = MemoryMeasured ? string.Create(inv, $"{UnitMemoryFloorGib:0.##} GiB per unit") : string.Create(inv, $"today's {UnitMemoryFloorGib:0.##} GiB per unit (no memory metric)");
        return CpuMeasured
            ? string.Create(inv, $"sized on {TotalVcpu / CpuHeadroomFactor:0.##} vCPU, the fleet's {CpuPercentile.ToName()} hourly peak, +{(CpuHeadroomFactor - 1) * 100:0.#}% = {TotalVcpu:0.##} vCPU at its busiest, and {memory}")
            : string.Create(inv, $"sized on {memory}");
    }

    /// <summary>
    /// The units of a given size the fleet needs, or null when the size is under the unit memory floor. At its busiest
    /// the fleet runs the units that cover <see cref="TotalVcpu"/>; a fleet that scales today runs, each hour, the
    /// whole units that hour's CPU needs (within its quiet floor and that peak); a fixed fleet runs the peak every hour.
    /// </summary>
    /// <param name="activeHoursOnly">Run only in active hours and as few as 1 unit (batch work on Fargate or Lambda).</param>
    public FleetSize? SizeFor(double unitVcpu, double unitMemoryGib, bool activeHoursOnly = false)
    {
        if (unitVcpu <= 0 || unitMemoryGib <= 0 || unitMemoryGib < UnitMemoryFloorGib - 1e-9)
        {
            return null;
        }

        if (Hours is not null)
        {
            // The hourly rule lives with the sizer, which a workload's options share.
            return new FleetSizer(this).SizeFor(unitVcpu, unitMemoryGib, activeHoursOnly);
        }

        var peak = Math.Max(activeHoursOnly ? 1 : MinimumUnits, UnitSeries.UnitsFor(TotalVcpu, unitVcpu));
        var floor = activeHoursOnly ? 1 : Math.Min(QuietFloorUnits, peak);
        var follows = activeHoursOnly || Scales;

        // No hourly series: a scaling fleet keeps today's ratio of average to peak units.
        if (activeHoursOnly)
        {
            return new FleetSize(peak, new UnitSeries(null, UnitCount.Fixed(peak), (double)Billing.HoursPerMonth * ActiveHoursFraction));
        }

        var mean = follows ? Math.Clamp(peak * CurrentUnits / CurrentPeakUnits, floor, peak) : peak;
        var units = follows ? new UnitCount(floor, peak, mean) : UnitCount.Fixed(peak);
        return new FleetSize(peak, new UnitSeries(null, units, (double)Billing.HoursPerMonth));
    }

    /// <summary>Whether <paramref name="units"/> units of a size cover the fleet's CPU, the minimum and the per-unit memory.</summary>
    public bool IsCoveredBy(double unitVcpu, double unitMemoryGib, double units) =>
        units >= MinimumUnits && unitVcpu * units >= TotalVcpu - 1e-9 && unitMemoryGib >= UnitMemoryFloorGib - 1e-9;

    /// <summary>Today's units: fewest and most in an hour, and the average.</summary>
    public UnitCount CurrentCount => Hours is { } hours
        ? RunningCount(hours)
        : new UnitCount(Whole(CurrentMinUnits), Whole(CurrentPeakUnits), CurrentUnits);

    /// <summary>What changes, e.g. "10 x m5.xlarge → 2-4 x m5.large (avg 2.6)".</summary>
    public FleetChange Change(string currentSize, string newSize, FleetSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return new FleetChange(CurrentCount, size.Series.Units, currentSize, newSize);
    }

    private static int Whole(double units) => (int)Math.Round(units, MidpointRounding.AwayFromZero);

    // Each hour's running units rounded to whole units, summarized without keeping the series: every fleet option's
    // change reads it.
    private static UnitCount RunningCount(IReadOnlyList<DemandHour> hours)
    {
        Span<int> units = hours.Count <= 4096 ? stackalloc int[hours.Count] : new int[hours.Count];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = Math.Max(0, Whole(hours[i].RunningUnits));
        }

        return UnitCount.Of(units, out _);
    }
}
