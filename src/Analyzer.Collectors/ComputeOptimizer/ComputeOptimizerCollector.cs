using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;

namespace Analyzer.Collectors.ComputeOptimizer;

/// <summary>
/// Compute Optimizer (JSON 1.0, API 2019-11-01) for one account and region: GetEC2InstanceRecommendations,
/// GetAutoScalingGroupRecommendations, GetLambdaFunctionRecommendations and GetECSServiceRecommendations, 1,000 a
/// page (nextToken), keeping the rank-1 option. An account that has not opted in answers OptInRequiredException:
/// each method then returns null, which is a note for the run report ("not enrolled"), not a failure.
/// </summary>
public sealed class ComputeOptimizerCollector
{
    public const string NotEnrolledCode = "OptInRequiredException";
    private readonly AwsClientOptions _options;

    public ComputeOptimizerCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The EC2 instance recommendations, or null when the account is not enrolled in Compute Optimizer.</summary>
    public Task<IReadOnlyList<Ec2Recommendation>?> CollectAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetEc2InstanceRecommendations;
        return ComputeOptimizerPages.ReadAsync(
            _options, operation, accountId, region, "instanceRecommendations", r => ParseEc2(operation, accountId, region, r), cancellationToken);
    }

    /// <summary>The Auto Scaling group recommendations, or null when the account is not enrolled.</summary>
    public Task<IReadOnlyList<AsgRecommendation>?> CollectAutoScalingGroupsAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetAutoScalingGroupRecommendations;
        return ComputeOptimizerPages.ReadAsync(
            _options, operation, accountId, region, "autoScalingGroupRecommendations",
            r => AsgRecommendationReader.Parse(operation, accountId, region, r), cancellationToken);
    }

    /// <summary>The Lambda function recommendations, or null when the account is not enrolled.</summary>
    public Task<IReadOnlyList<LambdaRecommendation>?> CollectLambdaFunctionsAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetLambdaFunctionRecommendations;
        return ComputeOptimizerPages.ReadAsync(
            _options, operation, accountId, region, "lambdaFunctionRecommendations",
            r => LambdaRecommendationReader.Parse(operation, accountId, region, r), cancellationToken);
    }

    /// <summary>The ECS service recommendations, or null when the account is not enrolled.</summary>
    public Task<IReadOnlyList<EcsRecommendation>?> CollectEcsServicesAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.GetEcsServiceRecommendations;
        return ComputeOptimizerPages.ReadAsync(
            _options, operation, accountId, region, "ecsServiceRecommendations",
            r => EcsRecommendationReader.Parse(operation, accountId, region, r), cancellationToken);
    }

    private static Ec2Recommendation ParseEc2(AwsOperation operation, string accountId, string region, JsonElement r)
    {
        var arn = r.String("instanceArn") ?? throw AwsXml.Malformed(operation, "a recommendation has no instanceArn");
        JsonElement? self = r;
        var best = r.Best("recommendationOptions");
        return new Ec2Recommendation(
            r.String("accountId") ?? accountId,
            region,
            arn,
            arn[(arn.LastIndexOf('/') + 1)..],
            r.String("currentInstanceType") ?? string.Empty,
            r.String("finding") ?? "Unknown",
            r.Reasons(),
            best?.String("instanceType"),
            best.Number("performanceRisk"),
            best.MonthlySavings(),
            best.SavingsPercent(),
            self.Days("lookBackPeriodInDays"),
            self.Timestamp("lastRefreshTimestamp"));
    }
}
