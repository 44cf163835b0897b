namespace Analyzer.Core.ComputeOptimizer;

/// <summary>
/// Compute Optimizer's view of one workload beside ours, as stored with a run and shown in the reports.
/// Finding and configuration came from AWS and are untrusted.
/// </summary>
/// <param name="Source">The table the recommendation came from ("ec2", "asg", "lambda", "ecs", "cost-explorer"); null when there is none.</param>
/// <param name="Finding">Compute Optimizer's finding; null when it has no recommendation.</param>
/// <param name="RecommendedConfiguration">Its rank-1 target, e.g. an instance type.</param>
/// <param name="EstimatedMonthlySavingsUsd">Its own estimate of the monthly savings (on-demand prices by default).</param>
/// <param name="Reason">Why the two differ, where we can know; null when they agree or it has nothing.</param>
public sealed record ComputeOptimizerComparison(
    string WorkloadId,
    string? Source,
    string? Finding,
    string? RecommendedConfiguration,
    decimal? EstimatedMonthlySavingsUsd,
    ComputeOptimizerAgreement Agreement,
    string? Reason)
{
    /// <summary>Whose recommendation this is: Compute Optimizer's unless said otherwise.</summary>
    public AwsRecommender Recommender { get; init; } = AwsRecommender.ComputeOptimizer;
}
