namespace Analyzer.Core.Reporting;

/// <summary>
/// Spend as the bill shows it beside the on-demand equivalent, today and after the plan, with the Effective Savings
/// Rate (the FinOps Foundation's KPI: 1 - spend after discounts / on-demand equivalent) of each. Per 730-hour month.
/// Billed spend is amortized: the on-demand equivalent less what the Savings Plans held save net of their cost.
/// </summary>
/// <param name="OnDemandToday">The spend analyzed, at on-demand rates.</param>
/// <param name="BilledToday">What the bill charges for it, amortized: on-demand less the held plans' net savings on the bill.</param>
/// <param name="OnDemandAfter">The recommended fleet at on-demand rates.</param>
/// <param name="SpendAfter">The recommended fleet after the plans held and the recommended commitment.</param>
public sealed record SpendAsBilled(
    decimal OnDemandToday,
    decimal BilledToday,
    decimal EffectiveSavingsRateToday,
    decimal OnDemandAfter,
    decimal SpendAfter,
    decimal EffectiveSavingsRateAfter)
{
    /// <summary>What the plan saves against today's on-demand equivalent.</summary>
    public decimal SavingsVsOnDemand => OnDemandToday - SpendAfter;

    /// <summary>What the plan saves against today's bill.</summary>
    public decimal SavingsVsBilled => BilledToday - SpendAfter;

    /// <param name="heldSavingsToday">The held plans' net savings per month, from the bill.</param>
    /// <param name="workloadSavings">What the workload recommendations save, on-demand.</param>
    /// <param name="heldSavingsAfter">The held plans' net savings per month on the recommended fleet.</param>
    /// <param name="commitmentSavings">The recommended commitment's net savings per month beyond them.</param>
    public static SpendAsBilled From(decimal onDemandToday, decimal heldSavingsToday, decimal workloadSavings, decimal heldSavingsAfter, decimal commitmentSavings)
    {
        var onDemandAfter = onDemandToday - workloadSavings;
        var after = onDemandAfter - heldSavingsAfter - commitmentSavings;
        return new SpendAsBilled(
            Round(onDemandToday), Round(onDemandToday - heldSavingsToday), Rate(heldSavingsToday, onDemandToday),
            Round(onDemandAfter), Round(after), Rate(heldSavingsAfter + commitmentSavings, onDemandAfter));
    }

    private static decimal Rate(decimal savings, decimal onDemand) => onDemand <= 0 ? 0m : Math.Round(100m * savings / onDemand, 1, MidpointRounding.AwayFromZero);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
