namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// The optimizer's result per offer over the fleet after the plans held, and the series each offer saw, so another
/// commitment (Cost Explorer's, a what-if's) can be evaluated on the same hours and on the same basis as the results:
/// utilization is the new commitment's own, coverage the share of the whole fleet's spend that the plans held and the
/// new commitment cover together (see <see cref="FleetCommitmentPlanner"/>).
/// </summary>
public sealed class FleetCommitmentPlan
{
    private readonly IReadOnlyList<IReadOnlyList<SpendItem>> fleet;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<SpendItem>>> series;
    private readonly Func<IReadOnlyList<IReadOnlyList<SpendItem>>, SavingsPlanOffer, IReadOnlyList<IReadOnlyList<SpendItem>>> afterHeld;

    /// <param name="fleet">The fleet's hourly spend before any plan held.</param>
    /// <param name="series">Per offer label, what the plans held leave of <paramref name="fleet"/>.</param>
    /// <param name="afterHeld">Applies the plans held to a series for an offer (used on a scaled fleet for the usage-drop risk).</param>
    public FleetCommitmentPlan(
        IReadOnlyList<SavingsPlanResult> results,
        IReadOnlyList<IReadOnlyList<SpendItem>> fleet,
        IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<SpendItem>>> series,
        Func<IReadOnlyList<IReadOnlyList<SpendItem>>, SavingsPlanOffer, IReadOnlyList<IReadOnlyList<SpendItem>>> afterHeld)
    {
        Results = results;
        this.fleet = fleet;
        this.series = series;
        this.afterHeld = afterHeld;
    }

    public IReadOnlyList<SavingsPlanResult> Results { get; }

    /// <summary>The fleet's hourly spend before any plan held.</summary>
    public IReadOnlyList<IReadOnlyList<SpendItem>> Fleet => fleet;

    /// <summary>What the plans held leave of the fleet for <paramref name="offer"/> (its rates take a setting's Compute amount).</summary>
    public IReadOnlyList<IReadOnlyList<SpendItem>> AfterHeld(SavingsPlanOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return series.TryGetValue(offer.Label, out var left) ? left : afterHeld(fleet, offer);
    }

    /// <summary>What the plans held leave of another series of the same hours (a scaled fleet) for <paramref name="offer"/>.</summary>
    public IReadOnlyList<IReadOnlyList<SpendItem>> AfterHeld(IReadOnlyList<IReadOnlyList<SpendItem>> hours, SavingsPlanOffer offer)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(offer);
        return afterHeld(hours, offer);
    }

    /// <summary>
    /// What buying <paramref name="additional"/> USD per hour more of the offer labelled <paramref name="offerLabel"/> would do on top of what is held:
    /// the point (its own utilization, the fleet's coverage with the plans held) and the net savings per month it adds.
    /// Null when the offer was not optimized.
    /// </summary>
    /// <param name="usageScale">Scales the fleet's usage first (0.8: what if usage dropped 20%); the plans held then cover what they cover of it.</param>
    public (SavingsCurvePoint Point, decimal AdditionalMonthlySavings)? EvaluateAdditional(string offerLabel, decimal additional, decimal usageScale = 1m)
    {
        var result = Results.FirstOrDefault(r => r.Offer.Label == offerLabel);
        if (result is null || !series.TryGetValue(offerLabel, out var left))
        {
            return null;
        }

        var hours = fleet;
        if (usageScale != 1m)
        {
            hours = [.. fleet.Select(h => (IReadOnlyList<SpendItem>)[.. h.Select(i => i with { OnDemandUsd = i.OnDemandUsd * usageScale })])];
            left = afterHeld(hours, result.Offer);
        }

        var point = FleetCommitmentPlanner.OnFleetBasis(SavingsPlanOptimizer.Evaluate(left, result.Offer, additional), Total(hours), Total(left));
        return (point, point.MonthlyNetSavings);
    }

    /// <summary>
    /// What buying <paramref name="additional"/> USD per hour of the offer labelled <paramref name="offerLabel"/> on top of
    /// what is held does: its own utilization, the fleet's coverage before (the plans held) and after, and its net
    /// savings. Null when the offer was not optimized.
    /// </summary>
    public AddedCommitmentEffect? EvaluateAdded(string offerLabel, decimal additional)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(additional);
        var result = Results.FirstOrDefault(r => r.Offer.Label == offerLabel);
        if (result is null || !series.TryGetValue(offerLabel, out var left))
        {
            return null;
        }

        var (total, rest) = (Total(fleet), Total(left));
        var with = FleetCommitmentPlanner.OnFleetBasis(SavingsPlanOptimizer.Evaluate(left, result.Offer, additional), total, rest);
        var before = FleetCommitmentPlanner.OnFleetBasis(new SavingsCurvePoint(0m, 0m, 0, 0), total, rest);
        return new AddedCommitmentEffect(offerLabel, additional, with.UtilizationPercent, before.CoveragePercent, with.CoveragePercent, with.MonthlyNetSavings);
    }

    private static decimal Total(IReadOnlyList<IReadOnlyList<SpendItem>> hours) => hours.Sum(h => h.Sum(i => i.OnDemandUsd));
}
