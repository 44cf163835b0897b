namespace Analyzer.Core.Reporting;

/// <summary>
/// The layered commitment portfolio with the most net savings (Standard RIs for each family's steady base, then a
/// Compute Savings Plan over the rest, sized together on the recommended fleet beyond the plans held), and its layers.
/// </summary>
/// <param name="Recommended">True when it saves more than the best single plan: it is the commitment decision.</param>
/// <param name="UpfrontUsd">Null when a layer's upfront is not in the price catalog.</param>
/// <param name="CoveragePercent">Share of the whole fleet's spend the plans held and the layers cover together.</param>
/// <param name="MonthlyWithoutRate">Spend neither RIs nor the Compute plan has a rate for in the catalog: it stays on demand.</param>
public sealed record CommitmentPortfolioLine(
    int TermYears,
    string Payment,
    bool Recommended,
    decimal HourlyCommitment,
    decimal? UpfrontUsd,
    decimal MonthlyNetSavings,
    decimal MaxMonthlyNetSavings,
    decimal CoveragePercent,
    decimal MonthlyOnDemand,
    decimal MonthlyWithoutRate,
    IReadOnlyList<CommitmentLayerLine> Layers)
{
    public const string PlanName = "Reserved Instances and Compute Savings Plan";

    public bool UpfrontKnown => UpfrontUsd is not null;

    /// <summary>Its purchase plan totals (tranches, renewal, usage-drop risk); null for runs before migration 0016.</summary>
    public CommitmentPurchasePlanLine? Purchase { get; init; }

    /// <summary>RIs took what a family runs in at least this share of the hours (the reservedInstanceSteadyShare setting).</summary>
    public decimal SteadySharePercent { get; init; } = 95m;

    public int ReservedLayers => Layers.Count(l => l.InstanceCount is not null);

    public decimal ReservedHourly => Layers.Where(l => l.InstanceCount is not null).Sum(l => l.HourlyCommitment);

    public decimal ComputeHourly => Layers.Where(l => l.InstanceCount is null).Sum(l => l.HourlyCommitment);
}
