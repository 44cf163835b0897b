using Analyzer.Core.Pricing;

namespace Analyzer.Core.Rules;

/// <summary>
/// Lambda's price: GB-seconds (memory in GB x billed seconds) at tiered duration rates, plus requests at the
/// per-million rate. Duration is billed in whole milliseconds. The free tier is computed but not subtracted.
/// </summary>
public static class LambdaCostCalculator
{
    public const int MinMemoryMb = 128;
    public const int MaxMemoryMb = 10_240;
    public const int MaxTimeoutSeconds = 900;

    /// <summary>Memory that buys one full vCPU.</summary>
    public const int MbPerVcpu = 1_769;

    public const decimal FreeTierRequests = 1_000_000m;
    public const decimal FreeTierGbSeconds = 400_000m;

    /// <param name="tiers">The rates of one region and architecture; at least the tier from 0.</param>
    public static LambdaCost Monthly(decimal invocations, decimal averageDurationMs, int memoryMb, IReadOnlyList<LambdaRate> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        ArgumentOutOfRangeException.ThrowIfNegative(invocations);
        ArgumentOutOfRangeException.ThrowIfNegative(averageDurationMs);
        ArgumentOutOfRangeException.ThrowIfLessThan(memoryMb, MinMemoryMb);
        var sorted = tiers.OrderBy(t => t.TierGbSecondsFrom).ToArray();
        if (sorted.Length == 0 || sorted[0].TierGbSecondsFrom != 0)
        {
            throw new ArgumentException("Lambda rates need a tier that starts at 0 GB-seconds.", nameof(tiers));
        }

        var gbSeconds = invocations * (Math.Ceiling(averageDurationMs) / 1000m) * (memoryMb / 1024m);
        var duration = 0m;
        for (var i = 0; i < sorted.Length; i++)
        {
            var from = sorted[i].TierGbSecondsFrom;
            var to = i + 1 < sorted.Length ? sorted[i + 1].TierGbSecondsFrom : decimal.MaxValue;
            var inTier = Math.Max(0m, Math.Min(gbSeconds, to) - from);
            duration += inTier * sorted[i].UsdPerGbSecond;
        }

        var perMillion = sorted[0].UsdPerMillionRequests;
        var requests = invocations / 1_000_000m * perMillion;
        var free = (Math.Min(gbSeconds, FreeTierGbSeconds) * sorted[0].UsdPerGbSecond)
            + (Math.Min(invocations, FreeTierRequests) / 1_000_000m * perMillion);
        return new LambdaCost(gbSeconds, invocations, duration, requests, free);
    }
}
