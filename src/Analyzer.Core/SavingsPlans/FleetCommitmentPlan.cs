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
}
