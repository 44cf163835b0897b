namespace Analyzer.Core.ComputeOptimizer;

/// <summary>The kebab-case names the store uses for <see cref="AwsRecommender"/>.</summary>
public static class AwsRecommenderNames
{
    public static string ToName(this AwsRecommender recommender) => recommender switch
    {
        AwsRecommender.ComputeOptimizer => "compute-optimizer",
        AwsRecommender.CostExplorer => "cost-explorer",
        _ => throw new ArgumentOutOfRangeException(nameof(recommender), recommender, "Unknown recommender."),
    };

    public static AwsRecommender Parse(string name) => name switch
    {
        "compute-optimizer" => AwsRecommender.ComputeOptimizer,
        "cost-explorer" => AwsRecommender.CostExplorer,
        _ => throw new ArgumentException($"Unknown AWS recommender '{name}'.", nameof(name)),
    };

    /// <summary>Whether the recommender covers a workload of this kind at all (ECS only on Fargate; EKS pods never: Compute Optimizer has no EKS recommendations).</summary>
    public static bool Covers(this AwsRecommender recommender, Workloads.Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return recommender switch
        {
            AwsRecommender.CostExplorer => workload.Kind == Workloads.WorkloadKind.Ec2Instance,
            _ => workload.Kind != Workloads.WorkloadKind.EksFargatePod
                && (workload.Kind != Workloads.WorkloadKind.EcsService || string.Equals(workload.LaunchType, "FARGATE", StringComparison.OrdinalIgnoreCase)),
        };
    }
}
