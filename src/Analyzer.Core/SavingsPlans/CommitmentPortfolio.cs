namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// A layered commitment portfolio of one term and payment option on the recommended fleet, beyond the plans held:
/// Standard Reserved Instances for the steady base of each family in a region, then a Compute Savings Plan over the rest,
/// optimized together.
/// </summary>
/// <param name="Layers">The layers in the order AWS applies them: Reserved Instances first, the Compute plan last.</param>
/// <param name="CoveragePercent">Share of the fleet's spend the plans held and the layers cover together.</param>
/// <param name="MonthlyOnDemand">The whole fleet's on-demand-equivalent spend per month.</param>
/// <param name="MonthlyWithoutRate">Spend that neither layer has a rate for (a region, Fargate, Lambda): it stays on demand.</param>
/// <param name="MaximumMonthlyNetSavings">The most the layers could save together (the recommendation is the knee below it).</param>
public sealed record CommitmentPortfolio(
    int TermYears,
    string Payment,
    IReadOnlyList<PortfolioLayer> Layers,
    double CoveragePercent,
    decimal MonthlyOnDemand,
    decimal MonthlyWithoutRate,
    decimal MaximumMonthlyNetSavings)
{
    public string Label => $"portfolio:{TermYears}y:{Payment}";

    /// <summary>The share of hours a family's usage had to be present in for RIs to cover it (0: uncapped).</summary>
    public decimal SteadyShare { get; init; } = CommitmentPortfolioOptimizer.SteadyShareOfHours;

    /// <summary>
    /// The RI layers whose family and region have no Compute Savings Plan rate in the catalog: a single plan cannot cover
    /// that usage at all, so their savings are a lead over it that the catalog's gap gives, not the portfolio's design.
    /// </summary>
    public IReadOnlyList<PortfolioLayer> LayersWithoutComputeRate { get; init; } = [];

    /// <summary>What <see cref="LayersWithoutComputeRate"/> save per month.</summary>
    public decimal MonthlyNetSavingsWithoutComputeRate => LayersWithoutComputeRate.Sum(l => l.MonthlyNetSavings);

    /// <summary>The regions of <see cref="LayersWithoutComputeRate"/>, in order.</summary>
    public IReadOnlyList<string> RegionsWithoutComputeRate =>
        [.. LayersWithoutComputeRate.Select(l => l.Scope[..Math.Max(0, l.Scope.IndexOf(' ', StringComparison.Ordinal))]).Distinct().Order(StringComparer.Ordinal)];

    public decimal MonthlyNetSavings => Layers.Sum(l => l.MonthlyNetSavings);

    public decimal HourlyCommitment => Layers.Sum(l => l.HourlyCommitment);

    /// <summary>The layers' upfront together; null when a layer's upfront is not known.</summary>
    public decimal? UpfrontUsd => Layers.Any(l => l.UpfrontUsd is null) ? null : Layers.Sum(l => l.UpfrontUsd!.Value);
}
