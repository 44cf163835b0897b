namespace Analyzer.Core.Reporting;

/// <summary>The executive summary, derived from the workloads by <see cref="ReportModelFactory"/>.</summary>
/// <param name="MonthlySpendAnalyzed">Sum of the workloads' current monthly cost.</param>
/// <param name="WorkloadSavings">Sum of the recommended options' monthly savings.</param>
/// <param name="CommitmentSavings">Monthly net savings of the commitment advice, on top of the workload savings.</param>
/// <param name="ByFamily">Savings per family; rightsizing to Lambda from the workloads, commitments from the advice.</param>
/// <param name="UnderProvisioningCost">What the recommendations add for workloads whose current size does not cover their demand (a positive amount, already netted out of <paramref name="WorkloadSavings"/>).</param>
/// <param name="UnderProvisionedWorkloads">How many recommendations cost more because they fix under-provisioning.</param>
/// <param name="QuickWinWorkloadIds">Workloads whose recommendation is low effort and low risk, biggest first.</param>
public sealed record ExecutiveSummary(
    decimal MonthlySpendAnalyzed,
    decimal WorkloadSavings,
    decimal CommitmentSavings,
    decimal UnderProvisioningCost,
    int UnderProvisionedWorkloads,
    IReadOnlyList<FamilySavings> ByFamily,
    IReadOnlyList<string> QuickWinWorkloadIds,
    IReadOnlyList<KpiTile> Kpis)
{
    public decimal TotalMonthlySavings => WorkloadSavings + CommitmentSavings;

    /// <summary>What the workloads that can shrink, move or stop save, before the cost of fixing under-provisioning.</summary>
    public decimal GrossWorkloadSavings => WorkloadSavings + UnderProvisioningCost;

    public decimal RecommendedMonthlySpend => MonthlySpendAnalyzed - TotalMonthlySavings;
}
