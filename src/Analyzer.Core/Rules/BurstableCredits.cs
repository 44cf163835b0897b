using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Pricing;
using Analyzer.Core.Profiles;

namespace Analyzer.Core.Rules;

/// <summary>
/// Burstable (T) types priced honestly, in unlimited mode: a unit earns its baseline in CPU credits each hour, banks
/// at most 24 hours of them, starts with none (unlimited-mode launches get no launch credits, and instances an Auto
/// Scaling group adds start empty), and pays for every vCPU-hour it runs above what it has banked. Surplus charges
/// are counted as they accrue, never paid back later: an upper bound on what AWS charges.
/// </summary>
public static class BurstableCredits
{
    /// <summary>
    /// Unlimited-mode surplus credits, Linux, USD per vCPU-hour, from the public EC2 On-Demand pricing page
    /// (https://aws.amazon.com/ec2/pricing/on-demand/, "T2/T3/T4g Unlimited Mode Pricing"): T2 0.05; T3, T3a, T4g 0.04.
    /// The same in every commercial region.
    /// </summary>
    public static decimal SurplusUsdPerVcpuHour(string family) => family == "t2" ? 0.05m : 0.04m;

    /// <summary>The baseline of one unit in vCPUs (t4g.large: 2 vCPU x 30% = 0.6).</summary>
    public static double BaselineVcpu(InstanceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return (double)(spec.BaselineCpuPercent ?? 0) / 100 * spec.Vcpu;
    }

    /// <summary>Surplus vCPU-hours one unit runs over the series of hourly average CPU (vCPUs) it is given.</summary>
    public static double SurplusVcpuHours(IEnumerable<double> hourlyAverageVcpu, double baselineVcpu)
    {
        ArgumentNullException.ThrowIfNull(hourlyAverageVcpu);
        return SurplusVcpuHours(AsSpan(hourlyAverageVcpu), baselineVcpu);
    }

    private static double SurplusVcpuHours(ReadOnlySpan<double> hourlyAverageVcpu, double baselineVcpu)
    {
        var cap = 24 * baselineVcpu;
        var balance = 0.0;
        var surplus = 0.0;
        foreach (var used in hourlyAverageVcpu)
        {
            balance = Math.Min(cap, balance + baselineVcpu);
            if (used <= balance)
            {
                balance -= used;
            }
            else
            {
                surplus += used - balance;
                balance = 0;
            }
        }

        return surplus;
    }

    /// <summary>The longest run of consecutive hours whose average CPU is above the baseline.</summary>
    public static int LongestRunAboveBaseline(IEnumerable<double> hourlyAverageVcpu, double baselineVcpu)
    {
        ArgumentNullException.ThrowIfNull(hourlyAverageVcpu);
        return LongestRunAboveBaseline(AsSpan(hourlyAverageVcpu), baselineVcpu);
    }

    private static int LongestRunAboveBaseline(ReadOnlySpan<double> hourlyAverageVcpu, double baselineVcpu)
    {
        int run = 0, longest = 0;
        foreach (var used in hourlyAverageVcpu)
        {
            run = used > baselineVcpu + 1e-9 ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>
    /// Why a burstable type does not suit this demand, or null when it does. <paramref name="perUnitAverageVcpu"/> is
    /// each observed hour's average CPU of one unit of the new size; null without an hourly series, when the mean
    /// must stay under the baseline instead.
    /// </summary>
    public static string? Refusal(InstanceSpec spec, DemandShape shape, bool scalingFleet, IReadOnlyList<double>? perUnitAverageVcpu, double? meanVcpu, int maxHoursAboveBaseline)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (scalingFleet)
        {
            return "burstable types are not offered to a fleet that scales out: the instances it adds start without CPU credits";
        }

        if (shape == DemandShape.NightlyBatch)
        {
            return "burstable types are not offered to nightly batch: it runs above baseline for hours at a time";
        }

        var baseline = BaselineVcpu(spec);
        if (perUnitAverageVcpu is null)
        {
            return meanVcpu is { } mean && mean <= baseline ? null : "mean CPU above the burstable baseline";
        }

        var longest = LongestRunAboveBaseline(perUnitAverageVcpu, baseline);
        return longest >= maxHoursAboveBaseline
            ? string.Create(CultureInfo.InvariantCulture, $"CPU stays above {spec.InstanceType}'s baseline for {longest} hours at a time")
            : null;
    }

    // The rightsizers run these over every burstable candidate: a span loop, without an enumerator per series.
    private static ReadOnlySpan<double> AsSpan(IEnumerable<double> hourly) => hourly as double[] ?? [.. hourly];

    /// <summary>Surplus credit charges for a 730-hour month: surplus vCPU-hours over the observed hours, scaled to the month, times units.</summary>
    public static decimal MonthlySurplusUsd(InstanceSpec spec, IReadOnlyList<double>? perUnitAverageVcpu, int units)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (perUnitAverageVcpu is not { Count: > 0 } hours)
        {
            return 0m;
        }

        var surplus = SurplusVcpuHours(hours, BaselineVcpu(spec));
        return (decimal)(surplus * (double)Billing.HoursPerMonth / hours.Count) * units * SurplusUsdPerVcpuHour(spec.Family);
    }
}
