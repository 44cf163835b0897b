using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Reporting;

/// <summary>
/// How much of the fleet an AWS recommender covers and how often it agrees with us, derived from the workloads'
/// comparisons: "Compute Optimizer covers 300 of 410 workloads (EC2 150/200, groups 60/60, ...); agrees on 120".
/// </summary>
/// <param name="Workloads">Workloads compared: every one of a kind the recommender covers, or 0 for a run made before comparisons.</param>
/// <param name="Covered">Those with a recommendation.</param>
/// <param name="Agrees">Those where it recommends the same target as we do.</param>
/// <param name="SameDirection">Those where both shrink or both grow, to different targets.</param>
/// <param name="DifferentDirection">Those where one changes the workload the other way, or not at all.</param>
public sealed record ComputeOptimizerCoverage(int Workloads, int Covered, int Agrees, int SameDirection, int DifferentDirection)
{
    private static readonly WorkloadKind[] SentenceOrder =
        [WorkloadKind.Ec2Instance, WorkloadKind.AutoScalingGroup, WorkloadKind.LambdaFunction, WorkloadKind.EcsService];

    /// <summary>The same counts per kind of workload compared: EC2, groups, functions, services.</summary>
    public IReadOnlyList<KindCoverage> Kinds { get; init; } = [];

    /// <summary>EC2 instances compared (the JSON header's <c>ec2_workloads</c>).</summary>
    public int Ec2Workloads => Kinds.FirstOrDefault(k => k.Kind == WorkloadKind.Ec2Instance)?.Workloads ?? 0;

    public static ComputeOptimizerCoverage Of(IEnumerable<WorkloadReport> workloads, AwsRecommender recommender = AwsRecommender.ComputeOptimizer)
    {
        ArgumentNullException.ThrowIfNull(workloads);
        var compared = workloads
            .Select(w => (w.Kind, Comparison: recommender == AwsRecommender.CostExplorer ? w.CostExplorer : w.ComputeOptimizer))
            .Where(w => w.Comparison is not null)
            .Select(w => (w.Kind, w.Comparison!.Agreement))
            .ToArray();
        int Count(ComputeOptimizerAgreement agreement) => compared.Count(c => c.Agreement == agreement);
        return new ComputeOptimizerCoverage(
            compared.Length,
            compared.Count(c => c.Agreement != ComputeOptimizerAgreement.None),
            Count(ComputeOptimizerAgreement.Same),
            Count(ComputeOptimizerAgreement.SameDirection),
            Count(ComputeOptimizerAgreement.DifferentDirection))
        {
            Kinds = [.. compared.GroupBy(c => c.Kind).OrderBy(g => Array.IndexOf(SentenceOrder, g.Key)).Select(g => new KindCoverage(
                g.Key,
                g.Count(),
                g.Count(c => c.Agreement != ComputeOptimizerAgreement.None),
                g.Count(c => c.Agreement == ComputeOptimizerAgreement.Same)))],
        };
    }
}
