namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// The recommended portfolio as a purchase plan: per layer the buy-now, after-rightsizing and renewal tranches and the
/// usage-drop risk, with the totals a buyer signs off.
/// </summary>
/// <param name="Layers">The portfolio's layers in order, then the layers only the renewal needs.</param>
/// <param name="BuyNowMonthlyNetSavingsToday">What the buy-now tranches save per month on the fleet as it runs today (before any rightsizing).</param>
/// <param name="Drops">The whole portfolio's net savings and utilization (commitment-weighted) if usage dropped 10, 20 and 30%.</param>
/// <param name="Lapsing">The held plans whose lapse the renewal tranches replace; empty when none lapses within the horizon.</param>
public sealed record PortfolioPurchasePlan(
    IReadOnlyList<PortfolioLayerPlan> Layers,
    decimal BuyNowMonthlyNetSavingsToday,
    IReadOnlyList<UsageDropRisk> Drops,
    IReadOnlyList<HeldPlan> Lapsing)
{
    public PortfolioTranche Now => Sum(Layers.Select(l => l.Now));

    public PortfolioTranche AfterRightsizing => Sum(Layers.Select(l => l.AfterRightsizing));

    public PortfolioTranche Renewal => Sum(Layers.Select(l => l.Renewal));

    private static PortfolioTranche Sum(IEnumerable<PortfolioTranche> tranches)
    {
        var all = tranches.ToList();
        return new PortfolioTranche(
            null,
            all.Sum(t => t.HourlyCommitment),
            all.Any(t => t.UpfrontUsd is null) ? null : all.Sum(t => t.UpfrontUsd!.Value),
            all.Sum(t => t.MonthlyNetSavings));
    }
}
