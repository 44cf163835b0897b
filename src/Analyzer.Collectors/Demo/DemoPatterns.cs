namespace Analyzer.Collectors.Demo;

/// <summary>
/// The usage shapes of the demo organisation. Every demo workload carries one in its <see cref="Tag"/> tag, so
/// tests and analysis can check what a workload was built to look like.
/// </summary>
public static class DemoPatterns
{
    public const string Tag = "demo:pattern";

    /// <summary>On batch workloads: how many minutes the nightly run keeps the CPU busy.</summary>
    public const string BatchMinutesTag = "demo:batch-minutes";

    /// <summary>Busy all day, every day (CPU around 20-40%).</summary>
    public const string Steady = "steady";

    /// <summary>Running but unused: CPU maximum never above 1%.</summary>
    public const string IdleZombie = "idle-zombie";

    /// <summary>Busy on weekdays 08:00-18:00 in the region's local time, low at night and at weekends.</summary>
    public const string BusinessHours = "business-hours";

    /// <summary>Busy for minutes to a few hours each night, idle otherwise.</summary>
    public const string NightlyBatch = "nightly-batch";

    /// <summary>Low average CPU with short peaks to 40-65%.</summary>
    public const string SpikyApi = "spiky-api";

    /// <summary>High memory, low CPU.</summary>
    public const string MemoryBound = "memory-bound";

    /// <summary>Large instances at about 5-8% CPU.</summary>
    public const string OverProvisioned = "over-provisioned";

    /// <summary>CPU near 90-100% all the time.</summary>
    public const string UnderProvisioned = "under-provisioned";

    /// <summary>Lambda function invoked millions of times a month.</summary>
    public const string LambdaHighVolume = "lambda-high-volume";

    /// <summary>Lambda function invoked a few hundred to tens of thousands of times a month.</summary>
    public const string LambdaLowVolume = "lambda-low-volume";

    /// <summary>Lambda function running for minutes, a few times a night.</summary>
    public const string LambdaLongRunning = "lambda-long-running";

    internal static string Name(DemoPattern pattern) => pattern switch
    {
        DemoPattern.Steady => Steady,
        DemoPattern.IdleZombie => IdleZombie,
        DemoPattern.BusinessHours => BusinessHours,
        DemoPattern.NightlyBatch => NightlyBatch,
        DemoPattern.SpikyApi => SpikyApi,
        DemoPattern.MemoryBound => MemoryBound,
        DemoPattern.OverProvisioned => OverProvisioned,
        DemoPattern.UnderProvisioned => UnderProvisioned,
        DemoPattern.LambdaHighVolume => LambdaHighVolume,
        DemoPattern.LambdaLowVolume => LambdaLowVolume,
        DemoPattern.LambdaLongRunning => LambdaLongRunning,
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Unknown demo pattern."),
    };
}
