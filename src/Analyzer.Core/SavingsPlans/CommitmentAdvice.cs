using System.Runtime.CompilerServices;

namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// The fleet commitment advice of one run: every candidate on the recommended fleet, the best of them, the renewal of
/// held plans that lapse within the horizon, and the two series it was drawn from.
/// </summary>
/// <param name="Plan">The optimizer's results on the recommended fleet (Cost Explorer's commitment is evaluated on it).</param>
/// <param name="Best">The candidate with the most net savings; null when no commitment saves anything.</param>
/// <param name="Recommended">The recommended fleet's hourly on-demand-equivalent spend.</param>
/// <param name="Current">The fleet as it runs today, the same way.</param>
public sealed record CommitmentAdvice(
    FleetCommitmentPlan Plan,
    IReadOnlyList<CommitmentCandidate> Candidates,
    CommitmentCandidate? Best,
    CommitmentRenewal? Renewal,
    FleetSpend Recommended,
    FleetSpend Current)
{
    /// <summary>What the plans held would save per month on the recommended fleet (for the Effective Savings Rate after the plan).</summary>
    public decimal HeldMonthlyNetSavingsRecommended { get; init; }

    /// <summary>The layered portfolio of every term and payment the catalog has Standard RI rates for.</summary>
    public IReadOnlyList<CommitmentPortfolio> Portfolios { get; init; } = [];

    /// <summary>The portfolio with the most net savings that has an RI layer; null when none saves anything.</summary>
    public CommitmentPortfolio? Portfolio { get; init; }

    /// <summary>True when the layered portfolio saves more than the best single plan: it is the recommendation.</summary>
    public bool UsesPortfolio => Portfolio is { } p && p.MonthlyNetSavings > (Best?.MonthlyNetSavings ?? 0m);

    /// <summary>
    /// A workload's part of the recommendation (the portfolio when it saves more, else the best candidate): per layer,
    /// its share of the spend the layer's rates cover (for the portfolio's Compute layer, of the spend its RI layers
    /// leave), times the layer's commitment and net savings, so the parts add up to the fleet plan. Zero for a workload
    /// whose usage no layer can cover.
    /// </summary>
    public (decimal HourlyCommitment, decimal MonthlyNetSavings) ShareOf(string workloadId)
    {
        if (!Recommended.WorkloadMonthly.TryGetValue(workloadId, out var mine))
        {
            return (0m, 0m);
        }

        if (UsesPortfolio)
        {
            decimal hourly = 0, savings = 0;
            foreach (var layer in Portfolio!.Layers.Where(l => l.Keys.Contains(mine.Key)))
            {
                var (h, s) = layer.Plan == ReservedInstanceOffer.Plan
                    ? Share(mine.MonthlyUsd, LayerTotals()[layer].Spend, layer.HourlyCommitment, layer.MonthlyNetSavings)
                    : Share(AfterReserved(mine), LayerTotals()[layer].AfterReserved, layer.HourlyCommitment, layer.MonthlyNetSavings);
                (hourly, savings) = (hourly + h, savings + s);
            }

            return (hourly, savings);
        }

        if (Best is null || !Best.Result.Offer.RateRatios.ContainsKey(mine.Key))
        {
            return (0m, 0m);
        }

        var ratios = Best.Result.Offer.RateRatios;
        var total = LazyInitializer.EnsureInitialized(ref bestSpend, () => new StrongBox<decimal>(Recommended.WorkloadMonthly.Values.Where(v => ratios.ContainsKey(v.Key)).Sum(v => v.MonthlyUsd))).Value;
        return Share(mine.MonthlyUsd, total, Best.HourlyCommitment, Best.MonthlyNetSavings);
    }

    // Per layer, the spend of the usage it covers and what the RI layers leave of that spend; with the best plan's
    // covered spend, computed once per advice rather than once per workload (ShareOf is asked for every workload, and
    // summing the fleet each time made the analysis grow with the square of the fleet).
    private Dictionary<PortfolioLayer, (decimal Spend, decimal AfterReserved)>? layerTotals;
    private Dictionary<PortfolioLayer, decimal>? layerSpend;
    private StrongBox<decimal>? bestSpend;

    private Dictionary<PortfolioLayer, decimal> LayerSpend() =>
        LazyInitializer.EnsureInitialized(ref layerSpend, () => Portfolio!.Layers.Distinct<PortfolioLayer>(ReferenceEqualityComparer.Instance).ToDictionary<PortfolioLayer, PortfolioLayer, decimal>(
            l => l,
            l => Recommended.WorkloadMonthly.Values.Where(v => l.Keys.Contains(v.Key)).Sum(v => v.MonthlyUsd),
            ReferenceEqualityComparer.Instance));

    private Dictionary<PortfolioLayer, (decimal Spend, decimal AfterReserved)> LayerTotals() =>
        LazyInitializer.EnsureInitialized(ref layerTotals, () => LayerSpend().ToDictionary(
            e => e.Key,
            e => (e.Value, Recommended.WorkloadMonthly.Values.Where(v => e.Key.Keys.Contains(v.Key)).Sum(AfterReserved)),
            LayerSpend().Comparer));

    private static (decimal HourlyCommitment, decimal MonthlyNetSavings) Share(decimal mine, decimal total, decimal hourly, decimal savings) =>
        total <= 0 ? (0m, 0m) : (hourly * mine / total, savings * mine / total);

    // A workload's spend the portfolio's RI layers leave to its Compute plan: its spend less its part (by spend) of what
    // its family's RI layer covers. The Compute layer is shared on this, so RI-covered workloads do not take its savings.
    private decimal AfterReserved((string Key, decimal MonthlyUsd) usage)
    {
        var layer = Portfolio!.Layers.FirstOrDefault(l => l.Plan == ReservedInstanceOffer.Plan && l.Keys.Contains(usage.Key));
        if (layer is null)
        {
            return usage.MonthlyUsd;
        }

        var family = LayerSpend()[layer];
        var covered = (decimal)layer.CoveragePercent / 100 * Portfolio.MonthlyOnDemand;
        return family <= 0 ? usage.MonthlyUsd : Math.Max(0m, usage.MonthlyUsd - (covered * usage.MonthlyUsd / family));
    }
}
