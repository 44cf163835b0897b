using Analyzer.Core.Options;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// EC2 Spot for interruption-tolerant workloads, at the catalog's Spot price (or, lacking one, the Spot
/// Advisor's savings band applied to on-demand, with lower confidence). The interruption band is the risk.
/// </summary>
public static class SpotEvaluator
{
    /// <param name="instanceType">The type Spot is priced for (the current or the rightsized one).</param>
    /// <param name="onDemandUsdPerHour">On-demand price of that type, for the Advisor fallback.</param>
    /// <param name="spotUsdPerHour">The catalog's Spot price; null when it has none.</param>
    /// <param name="advisorSavingsPercent">Spot Advisor "savings vs on-demand %", where known.</param>
    /// <param name="units">Units to price (a pooled workload's rightsized count); the context's units when null.</param>
    /// <param name="change">What changes for a pooled workload, shown first in the note.</param>
    /// <param name="interruptionBand">Spot Advisor band: "&lt;5%", "5-10%", "10-15%", "15-20%", "&gt;20%".</param>
    public static OptionResult Evaluate(
        WorkloadContext context,
        string instanceType,
        decimal onDemandUsdPerHour,
        decimal? spotUsdPerHour,
        decimal? advisorSavingsPercent,
        string? interruptionBand,
        double? units = null,
        string? change = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var label = $"{OptionFamily.Ec2Spot.ToName()}:{instanceType}";
        var risk = RiskOf(interruptionBand);
        var effort = context.Workload.Kind == WorkloadKind.AutoScalingGroup ? Effort.Low : Effort.Medium;
        if (!context.Tolerance.Tolerant)
        {
            return OptionResult.Infeasible(label, OptionFamily.Ec2Spot, context.Tolerance.Reason, risk, effort, context.Confidence);
        }

        var confidence = context.Confidence;
        decimal hourly;
        string note;
        if (spotUsdPerHour is { } spot)
        {
            hourly = spot;
            note = $"interruption band {interruptionBand ?? "unknown"}; {context.Tolerance.Reason}";
        }
        else if (advisorSavingsPercent is { } pct)
        {
            hourly = onDemandUsdPerHour * (1 - (pct / 100));
            confidence = confidence.Lower();
            note = $"no Spot price: estimated from the Spot Advisor's {pct}% savings; interruption band {interruptionBand ?? "unknown"}";
        }
        else
        {
            return OptionResult.Infeasible(label, OptionFamily.Ec2Spot, $"no Spot price for {instanceType} in {context.Workload.Region}", risk, effort, context.Confidence);
        }

        if (change is not null)
        {
            note = $"{change}; {note}";
        }

        var count = units ?? context.Units;
        var target = new OptionTarget(instanceType, null, null, null, null, "spot", (double)Billing.HoursPerMonth, count);
        return OptionResult.Priced(label, OptionFamily.Ec2Spot, hourly * Billing.HoursPerMonth * (decimal)count, context.CurrentMonthlyCost, risk, effort, confidence, target, note);
    }

    /// <summary>The Spot Advisor's interruption band as a risk: under 5% is Low, up to 15% Medium, above High.</summary>
    public static Risk RiskOf(string? interruptionBand) => interruptionBand?.Replace(" ", string.Empty, StringComparison.Ordinal) switch
    {
        "<5%" => Risk.Low,
        "5-10%" or "10-15%" => Risk.Medium,
        "15-20%" or ">20%" => Risk.High,
        _ => Risk.Medium,
    };
}
