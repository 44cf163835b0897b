using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Reporting;

/// <summary>
/// One analyzed workload with every option the engine priced. Name and tags came from AWS and are untrusted.
/// </summary>
/// <param name="CurrentConfiguration">How it runs today, e.g. "m5.xlarge x3 on-demand".</param>
/// <param name="CurrentMonthlyCost">What it costs per month today in USD; rounded to cents by the factory.</param>
/// <param name="CpuP95Percent">CPU p95 over the lookback, null when no CPU metric exists (Lambda).</param>
/// <param name="MemoryP95Percent">Memory p95, null when no agent reports memory.</param>
public sealed record WorkloadReport(
    string WorkloadId,
    string Name,
    string AccountId,
    string Region,
    WorkloadKind Kind,
    string CurrentConfiguration,
    decimal CurrentMonthlyCost,
    double? CpuP95Percent,
    double? MemoryP95Percent,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<ReportOption> Options)
{
    /// <summary>AWS Compute Optimizer's recommendation beside ours; null when it could not cover this kind of workload.</summary>
    public ComputeOptimizerComparison? ComputeOptimizer { get; init; }

    /// <summary>Cost Explorer's EC2 rightsizing recommendation beside ours; null for a kind it does not cover.</summary>
    public ComputeOptimizerComparison? CostExplorer { get; init; }

    /// <summary>The recommended option, or null when the workload is best left as it is.</summary>
    public ReportOption? Recommended => Options.FirstOrDefault(o => o.Recommended);

    public decimal RecommendedMonthlyCost => Recommended?.MonthlyCost ?? CurrentMonthlyCost;

    public decimal RecommendedSavings => CurrentMonthlyCost - RecommendedMonthlyCost;

    /// <summary>An ECS service whose tasks run on Fargate today (its configuration reads "ECS fargate, ..."), or EKS pods on Fargate.</summary>
    public bool RunsOnFargate =>
        Kind == WorkloadKind.EksFargatePod
        || (Kind == WorkloadKind.EcsService && CurrentConfiguration.StartsWith("ECS fargate", StringComparison.OrdinalIgnoreCase));

    public decimal SavingsOf(ReportOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return CurrentMonthlyCost - option.MonthlyCost;
    }
}
