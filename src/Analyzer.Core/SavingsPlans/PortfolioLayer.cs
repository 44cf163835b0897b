namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// One layer of a commitment portfolio: the Standard Reserved Instances of one family in one region, or the Compute
/// Savings Plan over what they leave. Savings, utilization and coverage are the layer's own, after the plans held and
/// the layers below it.
/// </summary>
/// <param name="Plan">"ri-standard" or "compute".</param>
/// <param name="Scope">The region and family ("us-east-1 m5") of an RI layer; "any region and family" for Compute.</param>
/// <param name="HourlyCommitment">USD per hour: the RIs' effective rate times their count, or the Savings Plan commitment.</param>
/// <param name="InstanceCount">RIs to buy, in <paramref name="InstanceType"/> (size-flexible within the family); null for a Savings Plan.</param>
/// <param name="UpfrontUsd">Paid at purchase; null where the catalog does not give it (Partial Upfront RIs).</param>
/// <param name="CoveragePercent">Share of the whole fleet's on-demand-equivalent spend this layer covers.</param>
/// <param name="BreakEvenMonth">The month its savings repay its upfront (1 without upfront); null when unknown or never within the term.</param>
public sealed record PortfolioLayer(
    string Plan,
    string Scope,
    int TermYears,
    string Payment,
    decimal HourlyCommitment,
    int? InstanceCount,
    string? InstanceType,
    decimal? UpfrontUsd,
    decimal MonthlyNetSavings,
    double UtilizationPercent,
    double CoveragePercent,
    int? BreakEvenMonth)
{
    /// <summary>The usage keys the layer can cover (a workload's share of the layer is its part of their spend).</summary>
    public IReadOnlySet<string> Keys { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
