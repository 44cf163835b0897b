namespace Analyzer.Core.Collection;

/// <summary>
/// What Compute Optimizer said about one account and region, per resource type. A null list could not be read
/// (not enrolled, denied): the store keeps the rows it had for that type; an empty list replaces them with none.
/// </summary>
public sealed record ComputeOptimizerFindings(
    IReadOnlyList<Ec2Recommendation>? Ec2,
    IReadOnlyList<AsgRecommendation>? AutoScalingGroups,
    IReadOnlyList<LambdaRecommendation>? LambdaFunctions,
    IReadOnlyList<EcsRecommendation>? EcsServices)
{
    /// <summary>Nothing read: every table keeps what it had.</summary>
    public static ComputeOptimizerFindings None { get; } = new(null, null, null, null);

    /// <summary>The rows of one account and region; a type that was not read stays null.</summary>
    public ComputeOptimizerFindings Scope(string accountId, string region) => new(
        Ec2?.Where(r => r.AccountId == accountId && r.Region == region).ToList(),
        AutoScalingGroups?.Where(r => r.AccountId == accountId && r.Region == region).ToList(),
        LambdaFunctions?.Where(r => r.AccountId == accountId && r.Region == region).ToList(),
        EcsServices?.Where(r => r.AccountId == accountId && r.Region == region).ToList());

    /// <summary>Rows of every type that was read.</summary>
    public int Count => (Ec2?.Count ?? 0) + (AutoScalingGroups?.Count ?? 0) + (LambdaFunctions?.Count ?? 0) + (EcsServices?.Count ?? 0);
}
