namespace Analyzer.Core.Workloads;

/// <summary>
/// One hour of one workload's utilization. Percentages are 0-100 of the configured size; every metric is
/// optional because sources differ (memory needs an agent, Lambda has no CPU metric).
/// </summary>
/// <param name="Hour">Start of the hour, UTC.</param>
/// <param name="CpuAveragePercent">Average CPU utilization over the hour.</param>
/// <param name="CpuMaximumPercent">Maximum CPU utilization within the hour (peaks are sized from this).</param>
/// <param name="MemoryAveragePercent">Average memory used, where an agent reports it.</param>
/// <param name="MemoryMaximumPercent">Maximum memory used within the hour, where an agent reports it.</param>
/// <param name="NetworkInBytes">Bytes received in the hour.</param>
/// <param name="NetworkOutBytes">Bytes sent in the hour.</param>
/// <param name="RunningCount">Instances or tasks running on average in the hour (ASG, ECS).</param>
/// <param name="Invocations">Lambda invocations in the hour.</param>
/// <param name="DurationAverageMs">Lambda average duration in the hour.</param>
/// <param name="DurationP99Ms">Lambda p99 duration in the hour.</param>
/// <param name="ConcurrencyMaximum">Lambda maximum concurrent executions in the hour.</param>
public sealed record UtilizationSample(
    string WorkloadId,
    DateTime Hour,
    double? CpuAveragePercent,
    double? CpuMaximumPercent,
    double? MemoryAveragePercent,
    double? MemoryMaximumPercent,
    double? NetworkInBytes,
    double? NetworkOutBytes,
    double? RunningCount,
    double? Invocations,
    double? DurationAverageMs,
    double? DurationP99Ms,
    double? ConcurrencyMaximum);
