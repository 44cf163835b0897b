namespace Analyzer.Core.Reporting;

/// <summary>
/// Cost Explorer's Savings Plan purchase recommendation beside ours for the same plan, term and payment, with what
/// Cost Explorer's commitment would save on our (recommended, rightsized) fleet. Commitments are what to buy beyond the
/// plans held, USD per hour; savings are per month.
/// </summary>
/// <param name="Plan">E.g. "Compute Savings Plan".</param>
/// <param name="Payment">"no", "partial" or "all" upfront.</param>
/// <param name="Scope">"PAYER" or "LINKED" (summed over accounts).</param>
/// <param name="CostExplorerUtilizationPercent">Cost Explorer's own estimate; null when it recommends nothing.</param>
/// <param name="Reason">One line on why the two differ, where we can know it.</param>
public sealed record CostExplorerCommitmentLine(
    string Plan,
    int TermYears,
    string Payment,
    string Scope,
    int LookbackDays,
    decimal CostExplorerHourlyCommitment,
    decimal CostExplorerMonthlySavings,
    decimal? CostExplorerUtilizationPercent,
    decimal OurHourlyCommitment,
    decimal OurMonthlySavings,
    decimal OurUtilizationPercent,
    decimal CostExplorerOnOursMonthlySavings,
    decimal CostExplorerOnOursUtilizationPercent,
    string Reason);
