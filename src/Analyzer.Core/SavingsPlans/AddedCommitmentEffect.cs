namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// What a commitment bought on top of those held does over the fleet's hours: how much of it is used, how far it raises
/// the coverage of the spend it can cover, and what it saves net of its own cost, per 730-hour month.
/// </summary>
/// <param name="UtilizationPercent">Share of the added commitment used, hour by hour (what the plans held already cover is not its).</param>
/// <param name="CoverageBeforePercent">Coverage of the spend this offer sees (after the plans held of other terms) with only what is held.</param>
/// <param name="CoverageAfterPercent">The same with the added commitment.</param>
/// <param name="MonthlyNetSavings">On-demand spend it covers less what it costs, per month (negative: it costs more than it saves).</param>
public sealed record AddedCommitmentEffect(
    string Label,
    decimal HourlyCommitment,
    double UtilizationPercent,
    double CoverageBeforePercent,
    double CoverageAfterPercent,
    decimal MonthlyNetSavings)
{
    /// <summary>What the commitment costs per 730-hour month, used or not.</summary>
    public decimal MonthlyCost => HourlyCommitment * Options.Billing.HoursPerMonth;
}
