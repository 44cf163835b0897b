namespace Analyzer.Core.Profiles;

/// <summary>
/// What one workload demanded over the lookback window, in absolute units of one unit (instance or task):
/// CPU in vCPUs, memory in GiB. Peaks come from each hour's maximum, as Compute Optimizer samples them;
/// the mean from hourly averages. Metrics a source lacks are null (memory needs an agent; Lambda has no CPU).
/// </summary>
public sealed record DemandProfile
{
    public required string WorkloadId { get; init; }

    /// <summary>Hours in the lookback window.</summary>
    public required double HoursInWindow { get; init; }

    /// <summary>Hours with at least one sample.</summary>
    public required int HoursObserved { get; init; }

    public double CoveragePercent => HoursInWindow <= 0 ? 0 : Math.Min(100, 100.0 * HoursObserved / HoursInWindow);

    /// <summary>Configured vCPUs of one unit, which the percent metrics were converted with.</summary>
    public double? ConfiguredVcpu { get; init; }

    /// <summary>Configured memory of one unit in GiB.</summary>
    public double? ConfiguredMemoryGib { get; init; }

    public double? CpuMeanVcpu { get; init; }

    public double? CpuP50Vcpu { get; init; }

    public double? CpuP90Vcpu { get; init; }

    public double? CpuP95Vcpu { get; init; }

    public double? CpuP99Vcpu { get; init; }

    public double? CpuP995Vcpu { get; init; }

    public double? CpuMaxVcpu { get; init; }

    /// <summary>Highest hourly-maximum CPU as a percent of the configured size (idle test: at most 1).</summary>
    public double? CpuMaxPercent { get; init; }

    /// <summary>
    /// Pooled workloads (Auto Scaling group, ECS service): the fleet's total CPU each hour, per-unit CPU times the
    /// units running that hour, at the same percentiles as one unit's. Null for single units and without CPU data.
    /// </summary>
    public double? FleetCpuMeanVcpu { get; init; }

    public double? FleetCpuP90Vcpu { get; init; }

    public double? FleetCpuP95Vcpu { get; init; }

    public double? FleetCpuP99Vcpu { get; init; }

    public double? FleetCpuP995Vcpu { get; init; }

    public double? FleetCpuMaxVcpu { get; init; }

    /// <summary>The fleet's highest total memory in one hour (per-unit maximum times units running).</summary>
    public double? FleetMemoryMaxGib { get; init; }

    public double? MemoryP95Gib { get; init; }

    public double? MemoryMaxGib { get; init; }

    /// <summary>False when no agent reported memory: memory may then never be sized below its current size.</summary>
    public bool HasMemoryMetric => MemoryMaxGib is not null;

    public double? NetworkInPeakBytesPerHour { get; init; }

    public double? NetworkOutPeakBytesPerHour { get; init; }

    /// <summary>Share (0-1) of observed hours above the idle threshold.</summary>
    public double ActiveHoursFraction { get; init; }

    /// <summary>Share (0-1) of active hours on weekdays 08:00-18:00 UTC.</summary>
    public double? BusinessHoursShare { get; init; }

    /// <summary>Share (0-1) of active hours between 22:00 and 06:00 UTC.</summary>
    public double? NightShare { get; init; }

    /// <summary>Mean length in hours of a run of consecutive active hours.</summary>
    public double? MeanActiveRunHours { get; init; }

    /// <summary>CPU p99 over the mean; null without CPU data or with a zero mean.</summary>
    public double? PeakToMeanRatio => CpuMeanVcpu is > 0 && CpuP99Vcpu is { } p99 ? p99 / CpuMeanVcpu : null;

    public DemandShape Shape { get; init; } = DemandShape.Unknown;

    /// <summary>
    /// Every observed hour, oldest first: what whole-unit series, schedules and CPU-credit balances are computed
    /// from. Null when only the summary above is known (options are then priced from the percentiles alone).
    /// </summary>
    public IReadOnlyList<DemandHour>? Hours { get; init; }

    /// <summary>Instances or tasks running on average (1 for a single instance).</summary>
    public double RunningCountMean { get; init; } = 1;

    public double RunningCountMin { get; init; } = 1;

    public double RunningCountMax { get; init; } = 1;

    /// <summary>Lambda invocations scaled to a 730-hour month.</summary>
    public double? MonthlyInvocations { get; init; }

    public double? DurationAverageMs { get; init; }

    public double? DurationP99Ms { get; init; }

    public double? ConcurrencyMax { get; init; }

    /// <summary>
    /// How long one unit of work takes, in seconds, where known (a tag, or a batch run's length); Lambda
    /// can only take work whose unit is under 15 minutes.
    /// </summary>
    public double? UnitOfWorkSeconds { get; init; }

    /// <summary>The CPU demand at a chosen percentile.</summary>
    public double? CpuAt(CpuPercentile percentile) => percentile switch
    {
        CpuPercentile.P90 => CpuP90Vcpu,
        CpuPercentile.P95 => CpuP95Vcpu,
        CpuPercentile.P99 => CpuP99Vcpu,
        CpuPercentile.P99_5 => CpuP995Vcpu,
        CpuPercentile.Max => CpuMaxVcpu,
        _ => throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "Unknown percentile."),
    };

    /// <summary>The fleet's total CPU demand at a chosen percentile; null when it was not profiled.</summary>
    public double? FleetCpuAt(CpuPercentile percentile) => percentile switch
    {
        CpuPercentile.P90 => FleetCpuP90Vcpu,
        CpuPercentile.P95 => FleetCpuP95Vcpu,
        CpuPercentile.P99 => FleetCpuP99Vcpu,
        CpuPercentile.P99_5 => FleetCpuP995Vcpu,
        CpuPercentile.Max => FleetCpuMaxVcpu,
        _ => throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "Unknown percentile."),
    };
}
