namespace Analyzer.Core.Reporting;

/// <summary>
/// Spend as the bill shows it beside the on-demand equivalent, today and after the plan, with the Effective Savings
/// Rate (the FinOps Foundation's KPI: 1 - spend after discounts / on-demand equivalent) of each. Per 730-hour month.
/// Billed spend is amortized: the on-demand equivalent less what the Savings Plans and the Reserved Instances held save
/// net of their cost. An RI's fee is paid on both sides until it ends, used or not, so where the rightsizing moves usage
/// off an RI the spend after keeps its fee and loses its coverage: the savings against the bill are like with like.
/// </summary>
/// <param name="OnDemandToday">The spend analyzed, at on-demand rates.</param>
/// <param name="BilledToday">What the bill charges for it, amortized: on-demand less the held plans' net savings on the bill and the RIs' net savings on today's fleet.</param>
/// <param name="OnDemandAfter">The recommended fleet at on-demand rates.</param>
/// <param name="SpendAfter">The recommended fleet after the RIs held (their fee included), the plans held and the recommended commitment.</param>
/// <param name="ReservedNetToday">What the RIs held save on today's fleet: the on-demand spend they cover less their amortized fee.</param>
/// <param name="ReservedNetAfter">The same on the recommended fleet (negative where an RI's fee exceeds what it still covers).</param>
public sealed record SpendAsBilled(
    decimal OnDemandToday,
    decimal BilledToday,
    decimal EffectiveSavingsRateToday,
    decimal OnDemandAfter,
    decimal SpendAfter,
    decimal EffectiveSavingsRateAfter,
    decimal ReservedNetToday = 0m,
    decimal ReservedNetAfter = 0m)
{
    /// <summary>What the plan saves against today's on-demand equivalent.</summary>
    public decimal SavingsVsOnDemand => OnDemandToday - SpendAfter;

    /// <summary>What the plan saves against today's bill.</summary>
    public decimal SavingsVsBilled => BilledToday - SpendAfter;

    /// <param name="heldSavingsToday">The held plans' net savings per month, from the bill.</param>
    /// <param name="workloadSavings">What the workload recommendations save, on-demand.</param>
    /// <param name="heldSavingsAfter">The held plans' net savings per month on the recommended fleet.</param>
    /// <param name="commitmentSavings">The recommended commitment's net savings per month beyond them.</param>
    /// <param name="reservedNetToday">The RIs held: on-demand spend covered on today's fleet less their fee, per month.</param>
    /// <param name="reservedNetAfter">The same on the recommended fleet.</param>
    public static SpendAsBilled From(
        decimal onDemandToday, decimal heldSavingsToday, decimal workloadSavings, decimal heldSavingsAfter, decimal commitmentSavings,
        decimal reservedNetToday = 0m, decimal reservedNetAfter = 0m)
    {
        var onDemandAfter = onDemandToday - workloadSavings;
        var after = onDemandAfter - reservedNetAfter - heldSavingsAfter - commitmentSavings;
        return new SpendAsBilled(
            Round(onDemandToday), Round(onDemandToday - reservedNetToday - heldSavingsToday), Rate(reservedNetToday + heldSavingsToday, onDemandToday),
            Round(onDemandAfter), Round(after), Rate(reservedNetAfter + heldSavingsAfter + commitmentSavings, onDemandAfter),
            Round(reservedNetToday), Round(reservedNetAfter));
    }

    private static decimal Rate(decimal savings, decimal onDemand) => onDemand <= 0 ? 0m : Math.Round(100m * savings / onDemand, 1, MidpointRounding.AwayFromZero);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
