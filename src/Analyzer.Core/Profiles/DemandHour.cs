namespace Analyzer.Core.Profiles;

/// <summary>
/// One observed hour of a workload's demand, per unit (instance or task): what whole-unit series, schedules and
/// CPU-credit balances are computed from.
/// </summary>
/// <param name="Hour">The hour's start, UTC.</param>
/// <param name="CpuPeakVcpu">The hour's maximum CPU of one unit, in vCPUs (null without a CPU metric).</param>
/// <param name="CpuAverageVcpu">The hour's average CPU of one unit, in vCPUs (null without a CPU metric).</param>
/// <param name="RunningUnits">Units running that hour (1 for a single instance).</param>
/// <param name="Active">Whether the hour is above the idle threshold (Lambda: any invocation).</param>
public readonly record struct DemandHour(DateTime Hour, double? CpuPeakVcpu, double? CpuAverageVcpu, double RunningUnits, bool Active)
{
    /// <summary>The fleet's CPU at the hour's peak: one unit's peak times the units running.</summary>
    public double? FleetCpuPeakVcpu => CpuPeakVcpu * RunningUnits;
}
