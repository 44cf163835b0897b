namespace Analyzer.Collectors.Demo;

/// <summary>The drawn parameters of one workload's usage shape; the hourly samples follow from these and its stream.</summary>
/// <param name="Base">Pattern's low or typical CPU percent (idle level for batch and business hours).</param>
/// <param name="Peak">Pattern's busy CPU percent (business hours, batch runs).</param>
/// <param name="MemoryBase">Typical memory percent; null when the workload reports no memory metric.</param>
/// <param name="NetworkBytesPerHour">Typical network bytes per hour each way; 0 when the source has no network metric.</param>
/// <param name="MinCount">Instances or tasks when quiet (ASG, ECS); 1 for an instance.</param>
/// <param name="MaxCount">Instances or tasks when busy.</param>
/// <param name="ReportsCount">Whether samples carry a running count (ASG and ECS do).</param>
/// <param name="BatchStartHour">Local hour a nightly batch starts.</param>
/// <param name="BatchMinutes">Minutes a nightly batch keeps the CPU busy.</param>
/// <param name="MonthlyInvocations">Lambda: typical invocations per 30-day month.</param>
/// <param name="DurationMs">Lambda: typical average duration.</param>
/// <param name="P99Factor">Lambda: p99 duration as a multiple of the average.</param>
internal sealed record DemoProfile(
    DemoPattern Pattern,
    int UtcOffsetHours,
    double Base,
    double Peak,
    double? MemoryBase,
    double NetworkBytesPerHour,
    int MinCount,
    int MaxCount,
    bool ReportsCount,
    int BatchStartHour,
    int BatchMinutes,
    double MonthlyInvocations,
    double DurationMs,
    double P99Factor);
