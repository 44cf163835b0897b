namespace Analyzer.Collectors.Demo;

/// <summary>Draws the parameters of each pattern's shape. The ranges are what the pattern's name promises.</summary>
internal static class DemoProfiles
{
    /// <summary>A workload with CPU metrics: EC2 instance, Auto Scaling group or ECS service.</summary>
    public static DemoProfile Compute(
        SplitMix64 rng, DemoPattern pattern, DemoRegion region, bool reportsMemory, bool reportsNetwork, bool reportsCount, int minCount, int maxCount)
    {
        var (cpuBase, cpuPeak) = pattern switch
        {
            DemoPattern.Steady => (rng.Between(35.0, 60.0), 0.0),
            DemoPattern.IdleZombie => (rng.Between(0.1, 0.4), 0.0),
            DemoPattern.BusinessHours => (rng.Between(2.0, 8.0), rng.Between(40.0, 70.0)),
            DemoPattern.NightlyBatch => (rng.Between(1.0, 4.0), rng.Between(85.0, 97.0)),
            DemoPattern.SpikyApi => (rng.Between(4.0, 12.0), rng.Between(80.0, 100.0)),
            DemoPattern.MemoryBound => (rng.Between(6.0, 15.0), 0.0),
            DemoPattern.OverProvisioned => (rng.Between(5.8, 7.2), 0.0),
            DemoPattern.UnderProvisioned => (rng.Between(88.0, 94.0), 0.0),
            _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Not a compute pattern."),
        };

        var batchStart = rng.Between(1, 3);
        var batchMinutes = rng.Between(0, 2) switch
        {
            0 => rng.Between(6, 15),
            1 => rng.Between(35, 45),
            _ => rng.Between(60, 180),
        };

        double? memory = pattern switch
        {
            DemoPattern.Steady => rng.Between(40.0, 60.0),
            DemoPattern.IdleZombie => rng.Between(10.0, 25.0),
            DemoPattern.BusinessHours => rng.Between(30.0, 50.0),
            DemoPattern.NightlyBatch => rng.Between(20.0, 45.0),
            DemoPattern.SpikyApi => rng.Between(30.0, 45.0),
            DemoPattern.MemoryBound => rng.Between(78.0, 88.0),
            DemoPattern.OverProvisioned => rng.Between(10.0, 20.0),
            _ => rng.Between(50.0, 70.0),
        };

        var network = pattern == DemoPattern.IdleZombie ? rng.Between(2e5, 2e6) : rng.Between(5e7, 2e9);

        return new DemoProfile(
            pattern,
            region.UtcOffsetHours,
            cpuBase,
            cpuPeak,
            reportsMemory ? memory : null,
            reportsNetwork ? network : 0,
            minCount,
            maxCount,
            reportsCount,
            batchStart,
            batchMinutes,
            MonthlyInvocations: 0,
            DurationMs: 0,
            P99Factor: 0);
    }

    /// <summary>A Lambda function; returns the profile and the timeout it is configured with.</summary>
    public static (DemoProfile Profile, int TimeoutSeconds) Lambda(SplitMix64 rng, DemoPattern pattern, DemoRegion region)
    {
        var (monthly, durationMs, p99Factor, timeout) = pattern switch
        {
            DemoPattern.LambdaHighVolume => (rng.Between(1.5e6, 2.5e7), rng.Between(20.0, 400.0), rng.Between(2.5, 6.0), rng.Pick([3, 10, 30])),
            DemoPattern.LambdaLowVolume => (rng.Between(300.0, 40_000.0), rng.Between(100.0, 3000.0), rng.Between(1.5, 4.0), rng.Pick([30, 60, 300])),
            DemoPattern.LambdaLongRunning => (rng.Between(30.0, 600.0), rng.Between(60_000.0, 720_000.0), rng.Between(1.1, 1.4), 900),
            _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Not a Lambda pattern."),
        };

        var profile = new DemoProfile(
            pattern,
            region.UtcOffsetHours,
            Base: 0,
            Peak: 0,
            MemoryBase: null,
            NetworkBytesPerHour: 0,
            MinCount: 1,
            MaxCount: 1,
            ReportsCount: false,
            BatchStartHour: rng.Between(1, 3),
            BatchMinutes: 0,
            monthly,
            durationMs,
            p99Factor);
        return (profile, timeout);
    }
}
