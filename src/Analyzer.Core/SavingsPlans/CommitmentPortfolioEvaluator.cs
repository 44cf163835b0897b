namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Evaluates a portfolio's layers at fixed commitments on a series (what the plans held leave of a fleet), applied in
/// the portfolio's order hour by hour as AWS applies them: each RI layer on its family's keys at the RI rates, then the
/// Compute plan on what they leave at its rates, each covering the deepest discount first (<see cref="HeldPlanCoverage"/>).
/// It answers what the optimizer does not: what a smaller tranche saves, what the layers do if usage drops, and what
/// the layers bought now do on another fleet (today's, or the one left when held plans lapse). Several evaluations on
/// one series go through one <see cref="PortfolioEvaluation"/>, which re-applies only the layers that changed.
/// </summary>
public static class CommitmentPortfolioEvaluator
{
    /// <param name="layers">The portfolio's layers (their plan and keys); <paramref name="hourly"/> gives each one's commitment.</param>
    /// <param name="hourly">USD per hour per layer, in the order of <paramref name="layers"/>.</param>
    /// <param name="compute">The Compute plan's rates; null where the catalog has none (a Compute layer then covers nothing).</param>
    public static IReadOnlyList<PortfolioLayerOutcome> Evaluate(
        IReadOnlyList<IReadOnlyList<SpendItem>> afterHeld,
        IReadOnlyList<PortfolioLayer> layers,
        IReadOnlyList<decimal> hourly,
        ReservedInstanceOffer reserved,
        SavingsPlanOffer? compute)
    {
        ArgumentNullException.ThrowIfNull(afterHeld);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(hourly);
        ArgumentNullException.ThrowIfNull(reserved);
        if (hourly.Count != layers.Count)
        {
            throw new ArgumentException($"{hourly.Count} commitments for {layers.Count} layers.", nameof(hourly));
        }

        return new PortfolioEvaluation(afterHeld, layers, reserved, compute).Evaluate(hourly);
    }

    /// <summary>
    /// The usage keys a layer covers on any fleet: an RI layer every size of its family in its region (regional Linux RIs
    /// are size-flexible, so on today's fleet they cover the sizes it runs now, not only the recommended ones); the
    /// Compute plan everything it has a rate for.
    /// </summary>
    public static Func<string, bool> Applies(PortfolioLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.Plan != ReservedInstanceOffer.Plan)
        {
            return _ => true;
        }

        var cache = new Dictionary<string, bool>(StringComparer.Ordinal);
        return key =>
        {
            if (!cache.TryGetValue(key, out var applies))
            {
                var (region, family) = HeldPlanCoverage.Parse(key);
                applies = string.Equals($"{region} {family}", layer.Scope, StringComparison.Ordinal);
                cache[key] = applies;
            }

            return applies;
        };
    }
}
