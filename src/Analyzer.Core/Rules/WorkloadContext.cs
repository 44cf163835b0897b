using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>What every option evaluator needs to know about one workload.</summary>
/// <param name="CurrentMonthlyCost">What the workload costs now for a 730-hour month, priced by the same model as its options.</param>
/// <param name="Confidence">How far its profile can be trusted (coverage and hours).</param>
public sealed record WorkloadContext(
    Workload Workload,
    DemandProfile Profile,
    decimal CurrentMonthlyCost,
    Confidence Confidence,
    InterruptionTolerance Tolerance)
{
    /// <summary>Units paid for on average: running instances or tasks, 1 for a single instance or function.</summary>
    public double Units => FleetRequirement.IsPooled(Workload.Kind)
        ? (Profile.RunningCountMean > 0 ? Profile.RunningCountMean : Math.Max(1, Workload.DesiredCount))
        : 1;

    /// <summary>The whole units the workload ran each hour today.</summary>
    public UnitSeries CurrentSeries { get; init; } = UnitSeries.Always(1);

    /// <summary>The window's end, for the age of prices; null when unknown (prices are then taken as current).</summary>
    public DateOnly? PricesNeededAt { get; init; }

    /// <summary>The fleet sizes worked out so far for this workload, shared by its options (see <see cref="FleetSizers"/>).</summary>
    internal FleetSizers FleetSizers { get; } = new();
}
