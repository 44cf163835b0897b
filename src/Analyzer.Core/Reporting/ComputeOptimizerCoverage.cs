using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Reporting;

/// <summary>
/// How much of the EC2 fleet AWS Compute Optimizer covers and how often it agrees with us, derived from the
/// workloads' comparisons: "Compute Optimizer covers 12 of 200 EC2 workloads; agrees on 5".
/// </summary>
/// <param name="Ec2Workloads">EC2 instances compared: every one in the report, or 0 for a run made before comparisons.</param>
/// <param name="Covered">Those with a Compute Optimizer recommendation.</param>
/// <param name="Agrees">Those where it recommends the same target as we do.</param>
/// <param name="SameDirection">Those where both shrink or both grow, to different targets.</param>
/// <param name="DifferentDirection">Those where one changes the workload the other way, or not at all.</param>
public sealed record ComputeOptimizerCoverage(int Ec2Workloads, int Covered, int Agrees, int SameDirection, int DifferentDirection)
{
    public static ComputeOptimizerCoverage Of(IEnumerable<WorkloadReport> workloads)
    {
        ArgumentNullException.ThrowIfNull(workloads);
        var ec2 = workloads.Where(w => w.Kind == WorkloadKind.Ec2Instance && w.ComputeOptimizer is not null).ToArray();
        int Count(ComputeOptimizerAgreement agreement) => ec2.Count(w => w.ComputeOptimizer?.Agreement == agreement);
        return new ComputeOptimizerCoverage(
            ec2.Length,
            ec2.Count(w => w.ComputeOptimizer is { Agreement: not ComputeOptimizerAgreement.None }),
            Count(ComputeOptimizerAgreement.Same),
            Count(ComputeOptimizerAgreement.SameDirection),
            Count(ComputeOptimizerAgreement.DifferentDirection));
    }
}
