using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>One hour of a demo Lambda function: invocations, durations and concurrency, no CPU.</summary>
internal static class DemoLambdaHour
{
    /// <summary>Hours in a 30-day month, the unit the monthly invocation rates are drawn in.</summary>
    private const double HoursPerMonth = 720;

    /// <summary>Null when the function was not invoked in the hour; the stream advances the same either way.</summary>
    public static UtilizationSample? Sample(SplitMix64 rng, DemoWorkload workload, DateTime hour)
    {
        var p = workload.Profile;
        var local = hour.AddHours(p.UtcOffsetHours);
        var perHour = p.MonthlyInvocations / HoursPerMonth;
        var draw = rng.Between(0.5, 1.5);
        var fraction = rng.NextDouble();
        var invocations = p.Pattern switch
        {
            // Traffic follows the working day: 1.6x the mean in business hours, 0.4x at night.
            DemoPattern.LambdaHighVolume => Math.Floor(perHour * (0.4 + (1.2 * DemoSamples.BusinessShare(local))) * (0.85 + (0.3 * fraction))),
            DemoPattern.LambdaLowVolume => Math.Floor((perHour * draw) + fraction),

            // A night's runs fall in the three hours from the start hour.
            _ => local.Hour >= p.BatchStartHour && local.Hour < p.BatchStartHour + 3
                ? Math.Floor((p.MonthlyInvocations / 90 * draw) + fraction)
                : 0,
        };

        var timeoutMs = workload.Workload.LambdaTimeoutSeconds!.Value * 1000.0;
        var average = DemoSamples.Round2(Math.Min(timeoutMs, p.DurationMs * rng.Between(0.85, 1.15)));
        var p99 = DemoSamples.Round2(Math.Clamp(average * p.P99Factor * rng.Between(0.9, 1.1), average, timeoutMs));
        var burst = rng.Between(2.0, 4.0);
        if (invocations <= 0)
        {
            return null;
        }

        var concurrency = Math.Max(1, Math.Ceiling(invocations * average / 3_600_000 * burst));

        // Memory, for the functions that report it (DemoLandscape), without drawing from the stream so every other
        // value replays as before: the busier the hour, the higher each invocation's peak, and the largest peak of
        // the hour 8 points above their average.
        double? memoryAverage = p.MemoryBase is { } memoryBase ? DemoSamples.Round2(memoryBase + (4 * DemoSamples.BusinessShare(local))) : null;
        double? memoryMaximum = memoryAverage + 8;
        return new UtilizationSample(
            workload.Workload.WorkloadId, hour, null, null, memoryAverage, memoryMaximum, null, null, null,
            invocations, average, p99, concurrency);
    }
}
