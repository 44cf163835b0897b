namespace Analyzer.Core.Reporting;

/// <summary>The executive summary, derived from the workloads by <see cref="ReportModelFactory"/>.</summary>
/// <param name="MonthlySpendAnalyzed">Sum of the workloads' current monthly cost.</param>
/// <param name="WorkloadSavings">Sum of the recommended options' monthly savings.</param>
/// <param name="CommitmentSavings">Monthly net savings of the commitment advice, on top of the workload savings.</param>
/// <param name="ByFamily">Savings per family; rightsizing to Lambda from the workloads, commitments from the advice.</param>
/// <param name="QuickWinWorkloadIds">Workloads whose recommendation is low effort and low risk, biggest first.</param>
public sealed record ExecutiveSummary(
    decimal MonthlySpendAnalyzed,
    decimal WorkloadSavings,
    decimal CommitmentSavings,
    IReadOnlyList<FamilySavings> ByFamily,
    IReadOnlyList<string> QuickWinWorkloadIds,
    IReadOnlyList<KpiTile> Kpis)
{
    public decimal TotalMonthlySavings => WorkloadSavings + CommitmentSavings;

    public decimal RecommendedMonthlySpend => MonthlySpendAnalyzed - TotalMonthlySavings;
}
