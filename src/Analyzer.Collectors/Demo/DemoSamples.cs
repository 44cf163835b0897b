using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// One workload's hourly samples, replayed from its own stream: enumerating twice gives the same samples, and the
/// cost lines are summed from the same replay. Lambda functions have no sample in hours without invocations, as
/// CloudWatch returns no datapoint for them.
/// </summary>
internal static class DemoSamples
{
    public static IEnumerable<UtilizationSample> For(DemoWorkload workload, Period window)
    {
        var rng = new SplitMix64(workload.StreamSeed);
        var isLambda = workload.Workload.Kind == WorkloadKind.LambdaFunction;
        for (var hour = window.Start; hour < window.End; hour = hour.AddHours(1))
        {
            var sample = isLambda ? DemoLambdaHour.Sample(rng, workload, hour) : ComputeHour(rng, workload, hour);
            if (sample is not null)
            {
                yield return sample;
            }
        }
    }

    /// <summary>1 in weekday business hours (08:00-18:00 local), 0.6 in their first and last hour, else 0.</summary>
    internal static double BusinessShare(DateTime local)
    {
        if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || local.Hour is < 8 or >= 18)
        {
            return 0;
        }

        return local.Hour is 8 or 17 ? 0.6 : 1;
    }

    private static UtilizationSample ComputeHour(SplitMix64 rng, DemoWorkload workload, DateTime hour)
    {
        var p = workload.Profile;
        var local = hour.AddHours(p.UtcOffsetHours);
        var count = (double)p.MinCount;
        double avg;
        double max;
        var memoryLift = 0.0;
        switch (p.Pattern)
        {
            case DemoPattern.IdleZombie:
                avg = Math.Clamp(p.Base + (0.05 * rng.Noise()), 0.05, 0.8);
                max = Math.Min(1.0, avg + rng.Between(0.0, 0.3));
                break;
            case DemoPattern.BusinessHours:
                var share = BusinessShare(local);
                avg = p.Base + ((p.Peak - p.Base) * share) + (rng.Noise() * (1 + (3 * share)));
                max = avg + rng.Between(5.0, 25.0);
                count = p.MinCount + Math.Round((p.MaxCount - p.MinCount) * share);
                memoryLift = 10 * share;
                break;
            case DemoPattern.NightlyBatch:
                var busy = BatchShare(p, local.Hour);
                avg = (p.Base * (1 - busy)) + (p.Peak * busy) + (0.5 * rng.Noise());
                max = busy > 0 ? p.Peak + rng.Between(0.0, 4.0) : avg + rng.Between(1.0, 5.0);
                count = busy > 0 ? p.MaxCount : p.MinCount;
                memoryLift = 15 * busy;
                break;
            case DemoPattern.SpikyApi:
                avg = p.Base + (1.5 * rng.Noise());
                max = rng.Chance(0.08) ? rng.Between(p.Peak - 10, p.Peak) : avg + rng.Between(10.0, 25.0);
                break;
            case DemoPattern.OverProvisioned:
                avg = Math.Clamp(p.Base + (0.4 * rng.Noise()), 5.0, 8.0);
                max = avg + rng.Between(4.0, 10.0);
                break;
            case DemoPattern.UnderProvisioned:
                avg = Math.Min(99.0, p.Base + (2 * rng.Noise()));
                max = rng.Between(Math.Max(avg, 96.0), 100.0);
                break;
            case DemoPattern.MemoryBound:
                avg = p.Base + (2 * rng.Noise());
                max = avg + rng.Between(5.0, 15.0);
                break;
            default:
                avg = p.Base + (4 * rng.Noise());
                max = avg + rng.Between(8.0, 20.0);
                break;
        }

        avg = Round2(Math.Clamp(avg, 0.05, 100.0));
        max = Round2(Math.Clamp(max, avg, 100.0));

        double? memoryAvg = null;
        double? memoryMax = null;
        if (p.MemoryBase is { } memoryBase)
        {
            var m = Math.Clamp(memoryBase + memoryLift + (2 * rng.Noise()), 1.0, 98.0);
            memoryAvg = Round2(m);
            memoryMax = Round2(Math.Min(100.0, m + rng.Between(1.0, 6.0)));
        }

        double? networkIn = null;
        double? networkOut = null;
        if (p.NetworkBytesPerHour > 0)
        {
            var bytes = Math.Round(p.NetworkBytesPerHour * (0.3 + (avg / 100)) * rng.Between(0.8, 1.2) * count);
            networkIn = bytes;
            networkOut = Math.Round(bytes * rng.Between(0.5, 1.5));
        }

        return new UtilizationSample(
            workload.Workload.WorkloadId, hour, avg, max, memoryAvg, memoryMax, networkIn, networkOut,
            p.ReportsCount ? count : null, null, null, null, null);
    }

    /// <summary>The share of a local hour the nightly batch keeps busy (1 for a whole hour, 0 when not running).</summary>
    internal static double BatchShare(DemoProfile p, int localHour)
    {
        if (localHour < p.BatchStartHour)
        {
            return 0;
        }

        var minutes = Math.Clamp(p.BatchMinutes - (60 * (localHour - p.BatchStartHour)), 0, 60);
        return minutes / 60.0;
    }

    internal static double Round2(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
