namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// The optimizer's result per offer over the fleet after the plans held, and the series each offer saw, so another
/// commitment (Cost Explorer's) can be evaluated on the same hours.
/// </summary>
public sealed class FleetCommitmentPlan(
    IReadOnlyList<SavingsPlanResult> results,
    IReadOnlyDictionary<string, (IReadOnlyList<IReadOnlyList<SpendItem>> Hours, decimal Held)> series)
{
    public IReadOnlyList<SavingsPlanResult> Results { get; } = results;

    /// <summary>
    /// What buying <paramref name="additional"/> USD per hour more of the offer labelled <paramref name="offerLabel"/> would do on top of what is held:
    /// the point at held + additional, and the net savings per month it adds. Null when the offer was not optimized.
    /// </summary>
    /// <param name="usageScale">Scales the usage first (0.8: what if usage dropped 20%).</param>
    public (SavingsCurvePoint Point, decimal AdditionalMonthlySavings)? EvaluateAdditional(string offerLabel, decimal additional, decimal usageScale = 1m)
    {
        var result = Results.FirstOrDefault(r => r.Offer.Label == offerLabel);
        if (result is null || !series.TryGetValue(offerLabel, out var s))
        {
            return null;
        }

        var hours = usageScale == 1m
            ? s.Hours
            : [.. s.Hours.Select(h => (IReadOnlyList<SpendItem>)[.. h.Select(i => i with { OnDemandUsd = i.OnDemandUsd * usageScale })])];
        var point = SavingsPlanOptimizer.Evaluate(hours, result.Offer, s.Held + additional);
        var held = SavingsPlanOptimizer.Evaluate(hours, result.Offer, s.Held);
        return (point, point.MonthlyNetSavings - held.MonthlyNetSavings);
    }

    /// <summary>
    /// What buying <paramref name="additional"/> USD per hour of the offer labelled <paramref name="offerLabel"/> on top of
    /// what is held does: its own utilization (the use it adds over the held commitment's), the coverage before and
    /// after, and its net savings. Null when the offer was not optimized.
    /// </summary>
    public AddedCommitmentEffect? EvaluateAdded(string offerLabel, decimal additional)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(additional);
        var result = Results.FirstOrDefault(r => r.Offer.Label == offerLabel);
        if (result is null || !series.TryGetValue(offerLabel, out var s))
        {
            return null;
        }

        var with = SavingsPlanOptimizer.Evaluate(s.Hours, result.Offer, s.Held + additional);
        var held = SavingsPlanOptimizer.Evaluate(s.Hours, result.Offer, s.Held);
        var usedWith = (decimal)with.UtilizationPercent / 100 * (s.Held + additional);
        var usedHeld = (decimal)held.UtilizationPercent / 100 * s.Held;
        var utilization = (double)((usedWith - usedHeld) / additional) * 100;
        return new AddedCommitmentEffect(offerLabel, additional, utilization, held.CoveragePercent, with.CoveragePercent, with.MonthlyNetSavings - held.MonthlyNetSavings);
    }
}
