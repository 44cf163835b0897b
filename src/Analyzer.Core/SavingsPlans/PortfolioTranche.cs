namespace Analyzer.Core.SavingsPlans;

/// <summary>One purchase of a portfolio layer: what to buy at one moment, what it costs upfront and what it saves.</summary>
/// <param name="InstanceCount">RIs to buy in the layer's instance type; null for a Savings Plan.</param>
/// <param name="HourlyCommitment">USD per hour.</param>
/// <param name="UpfrontUsd">Paid at purchase; null where the catalog does not give it (Partial Upfront RIs).</param>
/// <param name="MonthlyNetSavings">What this purchase adds to the layer's net savings on the fleet it is sized on.</param>
public sealed record PortfolioTranche(int? InstanceCount, decimal HourlyCommitment, decimal? UpfrontUsd, decimal MonthlyNetSavings)
{
    public static PortfolioTranche None(bool reserved) => new(reserved ? 0 : null, 0m, 0m, 0m);
}
