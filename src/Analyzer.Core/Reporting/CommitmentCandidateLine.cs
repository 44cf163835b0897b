namespace Analyzer.Core.Reporting;

/// <summary>
/// One plan, term and payment of the fleet commitment portfolio as the report shows it: what to buy on the recommended
/// fleet beyond the plans held (the knee of the curve), what it costs upfront, saves, uses and covers, when it pays
/// back, what it still saves if usage drops, and how it splits into buy-now and after-rightsizing tranches.
/// </summary>
/// <param name="Plan">E.g. "Compute Savings Plan".</param>
/// <param name="BreakEvenMonth">Month the cumulative savings repay the upfront; null when never within the term.</param>
/// <param name="MaxHourlyCommitment">The commitment with the most net savings (the knee is the smallest within 2% of it).</param>
/// <param name="MonthlyWithoutRate">Spend this offer has no rate for in the catalog: it stays on demand.</param>
/// <param name="Best">The candidate the headline recommends.</param>
public sealed record CommitmentCandidateLine(
    string Plan,
    int TermYears,
    string Payment,
    decimal HourlyCommitment,
    decimal UpfrontUsd,
    decimal MonthlyNetSavings,
    decimal UtilizationPercent,
    decimal CoveragePercent,
    int? BreakEvenMonth,
    decimal BuyNowHourly,
    decimal AfterRightsizingHourly,
    decimal MaxHourlyCommitment,
    decimal MaxMonthlyNetSavings,
    decimal MonthlyOnDemand,
    decimal MonthlyWithoutRate,
    decimal Drop10MonthlyNetSavings,
    decimal Drop20MonthlyNetSavings,
    decimal Drop30MonthlyNetSavings,
    decimal Drop30UtilizationPercent,
    bool Best);
