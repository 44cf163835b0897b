using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Reporting;
using Analyzer.Core.Workloads;

namespace Analyzer.Testing.Reporting;

/// <summary>
/// The sample model with Compute Optimizer beside ours: the first recommended EC2 instance differs from ours (with a
/// hostile reason), the second agrees (and Cost Explorer keeps its family), and every other EC2 instance has no
/// Compute Optimizer or Cost Explorer recommendation.
/// </summary>
public static class ComputeOptimizerSample
{
    public const string CostExplorerReason = "CE targets the same instance family by default, ours moves m5 to m7g";

    public const string HostileReason = "ours includes Graviton; <b>CO</b> has no memory metric";

    public static ReportModel Create()
    {
        var model = SampleReportModel.Create();
        var recommended = model.Recommendations.Where(w => w.Kind == WorkloadKind.Ec2Instance).Take(2).Select(w => w.WorkloadId).ToArray();
        WorkloadReport With(WorkloadReport w)
        {
            if (w.Kind != WorkloadKind.Ec2Instance)
            {
                return w;
            }

            var comparison = Array.IndexOf(recommended, w.WorkloadId) switch
            {
                0 => new ComputeOptimizerComparison(w.WorkloadId, "ec2", "Overprovisioned", "m5.large", 123.46m, ComputeOptimizerAgreement.DifferentDirection, HostileReason),
                1 => new ComputeOptimizerComparison(w.WorkloadId, "ec2", "Overprovisioned", "m7g.large", 99m, ComputeOptimizerAgreement.Same, null),
                _ => new ComputeOptimizerComparison(w.WorkloadId, null, null, null, null, ComputeOptimizerAgreement.None, null),
            };
            var costExplorer = Array.IndexOf(recommended, w.WorkloadId) == 1
                ? new ComputeOptimizerComparison(w.WorkloadId, "cost-explorer", "MODIFY", "m5.large", 61.32m, ComputeOptimizerAgreement.SameDirection, CostExplorerReason) { Recommender = AwsRecommender.CostExplorer }
                : new ComputeOptimizerComparison(w.WorkloadId, null, null, null, null, ComputeOptimizerAgreement.None, null) { Recommender = AwsRecommender.CostExplorer };
            return w with { ComputeOptimizer = comparison, CostExplorer = costExplorer };
        }

        return model with { Workloads = [.. model.Workloads.Select(With)], Recommendations = [.. model.Recommendations.Select(With)] };
    }

    /// <summary>The workload whose Compute Optimizer recommendation differs from ours.</summary>
    public static WorkloadReport Differing(ReportModel model) =>
        model.Recommendations.First(w => w.ComputeOptimizer?.Agreement == ComputeOptimizerAgreement.DifferentDirection);
}
