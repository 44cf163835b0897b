namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Cost Explorer's purchase recommendation beside ours for the same plan, term and payment, with Cost Explorer's
/// commitment evaluated on our hourly series (the recommended fleet, after the plans held).
/// </summary>
/// <param name="OurAdditionalCommitment">What we recommend buying beyond the plans held, USD per hour.</param>
/// <param name="OurAdditionalMonthlySavings">What buying it adds, per month.</param>
/// <param name="OurUtilizationPercent">Utilization of everything held plus ours.</param>
/// <param name="CostExplorerOnOursMonthlySavings">What buying Cost Explorer's commitment would add on our series, per month.</param>
/// <param name="CostExplorerOnOursUtilizationPercent">Utilization of everything held plus Cost Explorer's on our series.</param>
/// <param name="Reason">One line on why the two differ, where we can know it.</param>
public sealed record SavingsPlanComparison(
    CostExplorerSavingsPlanRecommendation CostExplorer,
    decimal OurAdditionalCommitment,
    decimal OurAdditionalMonthlySavings,
    double OurUtilizationPercent,
    decimal CostExplorerOnOursMonthlySavings,
    double CostExplorerOnOursUtilizationPercent,
    string Reason);
