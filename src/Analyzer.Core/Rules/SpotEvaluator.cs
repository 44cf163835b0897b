using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// EC2 Spot as practitioners run it: a diversified set of at least <see cref="MinimumPools"/> similar pools (same
/// vCPUs, enough memory per unit, as Auto Scaling mixed-instances policies and Karpenter draw from), the calmest
/// interruption bands first, then the cheapest. The option costs the set's average Spot price for the same units and
/// hours as the on-demand option it replaces; its risk is the worst band in the set. Estimated prices (Spot Advisor
/// savings) and prices older than the configured age lower its confidence.
/// </summary>
public static class SpotEvaluator
{
    public const int MinimumPools = 3;

    /// <param name="sizeLabel">The instance type the pools are similar to (the rightsized or current one).</param>
    /// <param name="pools">Every similar pool with a Spot price or an Advisor estimate.</param>
    /// <param name="series">Units each hour, the same as the on-demand option Spot would replace.</param>
    /// <param name="change">What changes in a fleet, carried onto the option.</param>
    public static OptionResult Evaluate(WorkloadContext context, string sizeLabel, IReadOnlyList<SpotPool> pools, UnitSeries series, FleetChange? change, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(settings);
        var effort = context.Workload.Kind == WorkloadKind.AutoScalingGroup ? Effort.Low : Effort.Medium;
        var set = pools
            .OrderBy(p => p.BandRank)
            .ThenBy(p => p.UsdPerHour)
            .ThenBy(p => p.Spec.InstanceType, StringComparer.Ordinal)
            .Take(MinimumPools)
            .ToArray();
        var label = $"{OptionFamily.Ec2Spot.ToName()}:{sizeLabel}";
        var risk = set.Length == 0 ? Risk.Medium : RiskOf(set.Max(p => p.BandRank));
        if (!context.Tolerance.Tolerant)
        {
            return OptionResult.Infeasible(label, OptionFamily.Ec2Spot, context.Tolerance.Reason, risk, effort, context.Confidence);
        }

        if (set.Length < MinimumPools)
        {
            return OptionResult.Infeasible(
                label,
                OptionFamily.Ec2Spot,
                string.Create(CultureInfo.InvariantCulture, $"only {set.Length} Spot pool(s) like {sizeLabel} in {context.Workload.Region}; a diversified Spot fleet needs {MinimumPools}"),
                risk,
                effort,
                context.Confidence);
        }

        // The option is shown as its first pool (the calmest, cheapest): its change names that type, not the size the
        // pools were drawn around, so the configuration and the note agree.
        change = change is null ? null : change with { ToSize = set[0].Spec.InstanceType };
        var hourly = set.Average(p => p.UsdPerHour);
        var confidence = context.Confidence;
        var notes = new List<string>();
        if (change is not null)
        {
            notes.Add(change.ToString());
        }

        var worst = set.MaxBy(p => p.BandRank)!;
        notes.Add($"diversified over {string.Join(", ", set.Select(p => p.Spec.InstanceType))}; worst interruption band {worst.InterruptionBand ?? "unknown"}; {context.Tolerance.Reason}");
        if (set.Any(p => p.Estimated))
        {
            confidence = confidence.Lower();
            notes.Add("some pools have no Spot price: estimated from the Spot Advisor's savings");
        }

        var stale = set.Select(p => p.Source is { } source ? PriceAge.Stale(source, context.PricesNeededAt, settings.SpotPriceMaxAgeDays) : null).FirstOrDefault(s => s is not null);
        if (stale is not null)
        {
            confidence = confidence.Lower();
            notes.Add(stale);
        }

        if (change is { Reduces: true })
        {
            risk = risk.Raise();
        }

        var target = new OptionTarget(set[0].Spec.InstanceType, set[0].Spec.Architecture, set[0].Spec.Vcpu, (double)set[0].Spec.MemoryGib, null, "spot", series.MonthlyHours, series.Units)
        {
            Change = change,
            HourlyUnits = series.Hourly,
        };
        return OptionResult.Priced(label, OptionFamily.Ec2Spot, hourly * series.MonthlyUnitHours, context.CurrentMonthlyCost, risk, effort, confidence, target, string.Join("; ", notes));
    }

    /// <summary>The Spot Advisor's interruption band as a risk: under 5% is Low, up to 15% Medium, above High.</summary>
    public static Risk RiskOf(string? interruptionBand) => RiskOf(new SpotPool(null!, 0, interruptionBand, false, null).BandRank);

    private static Risk RiskOf(int bandRank) => bandRank switch
    {
        0 => Risk.Low,
        1 or 2 => Risk.Medium,
        _ => Risk.High,
    };
}
