using Analyzer.Core.Options;

namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// A portfolio's layers on one series, evaluated at one set of commitments after another (the purchase plan's
/// tranches, each buying one layer more): the arithmetic of <see cref="CommitmentPortfolioEvaluator.Evaluate"/>, but
/// each layer's cover is kept with what it changed, and an evaluation applies again only the layers whose commitment
/// changed and the later ones that share keys with them. The RI layers cover disjoint families, so buying one RI
/// layer's tranche re-applies that layer and the Compute plan, not the whole portfolio.
/// </summary>
internal sealed class PortfolioEvaluation
{
    private readonly int hourCount;
    private readonly decimal[] residual;
    private readonly LayerCover[] covers;
    private readonly int[][] sharing;
    private readonly decimal?[] applied;
    private readonly List<(int Item, decimal Before)>[] changes;
    private readonly (decimal Covered, decimal Used)[] sums;

    public PortfolioEvaluation(
        IReadOnlyList<IReadOnlyList<SpendItem>> afterHeld, IReadOnlyList<PortfolioLayer> layers, ReservedInstanceOffer reserved, SavingsPlanOffer? compute)
    {
        ArgumentNullException.ThrowIfNull(afterHeld);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(reserved);
        var series = new FlatSpendSeries(afterHeld);
        var empty = new Dictionary<string, decimal>(StringComparer.Ordinal);
        hourCount = series.HourCount;
        residual = series.Spend();
        covers = [.. layers.Select(l => new LayerCover(
            series, l.Plan == ReservedInstanceOffer.Plan ? reserved.RateRatios : compute?.RateRatios ?? empty, CommitmentPortfolioEvaluator.Applies(l)))];
        sharing = [.. covers.Select((c, l) => Enumerable.Range(0, l).Where(e => covers[e].SharesKeyWith(c)).ToArray())];
        applied = new decimal?[covers.Length];
        changes = [.. covers.Select(_ => new List<(int, decimal)>())];
        sums = new (decimal, decimal)[covers.Length];
    }

    /// <param name="hourly">USD per hour per layer, in the layers' order.</param>
    public IReadOnlyList<PortfolioLayerOutcome> Evaluate(IReadOnlyList<decimal> hourly)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        if (hourly.Count != covers.Length)
        {
            throw new ArgumentException($"{hourly.Count} commitments for {covers.Length} layers.", nameof(hourly));
        }

        // A layer is applied again when its commitment changed (to the digit: 1.0 and 1.00 compute alike but print
        // apart) or an earlier layer it shares keys with is.
        var stale = new bool[covers.Length];
        for (var l = 0; l < covers.Length; l++)
        {
            stale[l] = applied[l] is not { } at || at != hourly[l] || at.Scale != hourly[l].Scale || sharing[l].Any(e => stale[e]);
        }

        // Undone last to first, each stale layer's items get back what the layers before it had left them.
        for (var l = covers.Length - 1; l >= 0; l--)
        {
            if (stale[l] && applied[l] is not null)
            {
                for (var c = changes[l].Count - 1; c >= 0; c--)
                {
                    residual[changes[l][c].Item] = changes[l][c].Before;
                }

                changes[l].Clear();
                applied[l] = null;
            }
        }

        for (var l = 0; l < covers.Length; l++)
        {
            if (stale[l])
            {
                sums[l] = covers[l].Apply(residual, hourly[l], changes[l]);
                applied[l] = hourly[l];
            }
        }

        var outcomes = new List<PortfolioLayerOutcome>(covers.Length);
        for (var l = 0; l < covers.Length; l++)
        {
            var (covered, used) = sums[l];
            var cost = hourly[l] * hourCount;
            outcomes.Add(new PortfolioLayerOutcome(
                hourly[l], hourCount == 0 ? 0m : (covered - cost) * Billing.HoursPerMonth / hourCount, cost > 0 ? (double)(used / cost) * 100 : 0));
        }

        return outcomes;
    }
}
