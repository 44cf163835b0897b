namespace Analyzer.Collectors.Demo;

/// <summary>
/// Draws the parameters of each pattern's shape. The ranges are what the pattern's name promises, and they are set
/// so the demo looks like a real fleet under Compute Optimizer's default sizing (CPU p99.5 of hourly maxima plus
/// 20% headroom: a unit covers demand while that peak stays under 100 / 1.2 = 83%; memory maximum plus 20%, the same
/// 83%). Real fleets run far below their size: Kubecost's own utilization targets are 65% for production and 50%
/// for high availability, and Steampipe's Thrifty flags an instance whose busiest day averages under 20% CPU as
/// low-utilization, under 35% as worth a look (kubecost/docs api-request-right-sizing-v2.md;
/// turbot/steampipe-mod-aws-thrifty controls/ec2.pp). So every pattern but <see cref="DemoPattern.UnderProvisioned"/> peaks under 83% of its unit; the
/// under-provisioned pattern is the deliberate minority (about 7% of the workloads) that does not.
/// </summary>
internal static class DemoProfiles
{
    /// <summary>A workload with CPU metrics: EC2 instance, Auto Scaling group or ECS service.</summary>
    public static DemoProfile Compute(
        SplitMix64 rng, DemoPattern pattern, DemoRegion region, bool reportsMemory, bool reportsNetwork, bool reportsCount, int minCount, int maxCount)
    {
        // Peak = the hourly maximum at p99.5, from DemoSamples' noise and spread on top of these levels.
        var (cpuBase, cpuPeak) = pattern switch
        {
            // Average 20-40%, Thrifty's "worth a look" band; hourly maxima add 8-20 points and noise: peak 30-72%.
            DemoPattern.Steady => (rng.Between(20.0, 40.0), 0.0),
            DemoPattern.IdleZombie => (rng.Between(0.1, 0.4), 0.0),

            // Nights at 1-5%, office hours at 25-42% average, maxima 5-25 points above with up to 4x noise: peak 35-80%.
            DemoPattern.BusinessHours => (rng.Between(1.0, 5.0), rng.Between(25.0, 42.0)),

            // A batch run keeps the CPU at 45-65% (I/O and database waits), maxima up to 4 points above: peak 49-69%.
            DemoPattern.NightlyBatch => (rng.Between(1.0, 4.0), rng.Between(45.0, 65.0)),

            // Mostly quiet, with bursts to 40-65% in 8% of hours: peak 40-65%, well under a single unit.
            DemoPattern.SpikyApi => (rng.Between(4.0, 12.0), rng.Between(40.0, 65.0)),
            DemoPattern.MemoryBound => (rng.Between(6.0, 15.0), 0.0),

            // 5-8% average, peaks 9-18%: far bigger than needed, the classic rightsizing find.
            DemoPattern.OverProvisioned => (rng.Between(5.8, 7.2), 0.0),

            // The deliberate minority: 88-94% average and maxima at 96-100%, over any headroom.
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

        // Memory levels; DemoSamples adds the pattern's lift (business hours 10, batch 15), 2x noise and a 1-6 point
        // maximum, so every pattern's memory maximum stays under the 83% that 20% headroom allows.
        double? memory = pattern switch
        {
            DemoPattern.Steady => rng.Between(40.0, 60.0),
            DemoPattern.IdleZombie => rng.Between(10.0, 25.0),
            DemoPattern.BusinessHours => rng.Between(30.0, 50.0),
            DemoPattern.NightlyBatch => rng.Between(20.0, 45.0),
            DemoPattern.SpikyApi => rng.Between(30.0, 45.0),

            // High against a CPU of 6-15%, yet with room: memory is what bounds the size, not what is short.
            DemoPattern.MemoryBound => rng.Between(58.0, 68.0),
            DemoPattern.OverProvisioned => rng.Between(10.0, 20.0),
            _ => rng.Between(50.0, 62.0),
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
